package org.govgraph.server.sparql;

import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;

/**
 * Replaces ARQ's regular-expression functions by {@link LinearRegexFunctions} in a query's
 * algebra (one of the {@link QueryRewrites}).
 */
final class LinearRegexRewrite extends ExprTransformCopy {
    private static final String FN = "http://www.w3.org/2005/xpath-functions#";

    private LinearRegexRewrite() {}

    /** The operator with every REGEX, REPLACE, fn:matches and fn:replace made linear. */
    static Op rewrite(Op op) {
        return Transformer.transform(new TransformCopy(), new LinearRegexRewrite(), op);
    }

    @Override
    public Expr transform(ExprFunctionN func, ExprList args) {
        if (func instanceof E_Regex
                || func instanceof E_Function f && f.getFunctionIRI().equals(FN + "matches")) {
            return new LinearRegexFunctions.Match(args);
        }
        if (func instanceof E_StrReplace
                || func instanceof E_Function f && f.getFunctionIRI().equals(FN + "replace")) {
            return new LinearRegexFunctions.Replace(args);
        }
        return super.transform(func, args);
    }
}
