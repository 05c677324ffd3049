package org.govgraph.server.cache;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.E_Now;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction0;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunction2;
import org.apache.jena.sparql.expr.ExprFunction3;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.expr.Unstable;

/**
 * Whether a SPARQL query's answer is a function of the release's data alone, read from its
 * algebra: not when it asks another host ({@code SERVICE}) or calls a function whose value
 * changes between evaluations (ARQ marks {@code RAND}, {@code UUID}, {@code STRUUID} and
 * {@code BNODE} as {@link Unstable}; {@code NOW} is the time of the request).
 *
 * <p>The algebra, not the text, decides: a variable may be called {@code ?service} or
 * {@code ?now}, and an earlier textual check took those for the keywords, so that no query
 * about services was ever kept.
 */
final class StableQuery {
    private StableQuery() {}

    /** True when the same query on the same release always gives the same answer. */
    static boolean isStable(Query query) {
        Op op = Algebra.compile(query);
        Finder finder = new Finder();
        Walker.walk(op, finder.ops, finder);
        return !finder.found;
    }

    /** Looks for a {@code SERVICE} and for an unstable function call anywhere in the algebra. */
    private static final class Finder extends ExprVisitorBase {
        private boolean found;
        private final OpVisitorBase ops = new OpVisitorBase() {
            @Override
            public void visit(OpService service) {
                found = true;
            }

            // The walker visits neither sort keys nor the arguments of aggregates.
            @Override
            public void visit(OpOrder order) {
                order.getConditions().forEach(c -> Walker.walk(c.getExpression(), Finder.this));
            }

            @Override
            public void visit(OpGroup group) {
                for (ExprAggregator agg : group.getAggregators()) {
                    ExprList args = agg.getAggregator().getExprList();
                    if (args != null) {
                        Walker.walk(args, Finder.this);
                    }
                }
            }
        };

        private void check(Expr expr) {
            if (expr instanceof Unstable || expr instanceof E_Now) {
                found = true;
            }
        }

        @Override
        public void visit(ExprFunction0 f) {
            check(f);
        }

        @Override
        public void visit(ExprFunction1 f) {
            check(f);
        }

        @Override
        public void visit(ExprFunction2 f) {
            check(f);
        }

        @Override
        public void visit(ExprFunction3 f) {
            check(f);
        }

        @Override
        public void visit(ExprFunctionN f) {
            check(f);
        }

        @Override
        public void visit(ExprFunctionOp f) {
            check(f);
        }
    }
}
