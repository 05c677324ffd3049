package org.govgraph.server.sparql;

import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.util.Context;

/**
 * Replaces ARQ's regular-expression functions by {@link LinearRegexFunctions} in every query
 * (and every update's WHERE) run against a dataset: installed as the optimizer of the
 * dataset's context, it rewrites the algebra and then runs ARQ's standard optimizer on it.
 */
final class LinearRegexRewrite extends ExprTransformCopy {
    private static final String FN = "http://www.w3.org/2005/xpath-functions#";

    private LinearRegexRewrite() {
    }

    /** Makes every query run with {@code context} use linear-time regular expressions. */
    static void install(Context context) {
        RewriteFactory standard = Optimize.stdOptimizationFactory;
        context.set(ARQConstants.sysOptimizerFactory, (RewriteFactory) ctx -> {
            Rewrite optimizer = standard.create(ctx);
            return op -> optimizer.rewrite(rewrite(op));
        });
    }

    /** The operator with every REGEX, REPLACE, fn:matches and fn:replace made linear. */
    static Op rewrite(Op op) {
        return Transformer.transform(new TransformCopy(), new LinearRegexRewrite(), op);
    }

    @Override
    public Expr transform(ExprFunctionN func, ExprList args) {
        if (func instanceof E_Regex || func instanceof E_Function f && f.getFunctionIRI().equals(FN + "matches")) {
            return new LinearRegexFunctions.Match(args);
        }
        if (func instanceof E_StrReplace || func instanceof E_Function f && f.getFunctionIRI().equals(FN + "replace")) {
            return new LinearRegexFunctions.Replace(args);
        }
        return super.transform(func, args);
    }
}
