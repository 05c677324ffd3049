package org.govgraph.server.sparql;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.Accumulator;
import org.apache.jena.sparql.expr.aggregate.AccumulatorExpr;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * GROUP_CONCAT that draws the characters it appends from a budget shared by the whole query
 * ({@link QueryMemoryLimits#MAX_GROUP_CONCAT_CHARS}), and stops the query when the budget
 * runs out instead of growing strings until the heap does. {@link #rewrite} puts it in place
 * of ARQ's GROUP_CONCAT (plain and DISTINCT) in every grouping of a query.
 */
final class BoundedGroupConcat extends AggGroupConcat {
    private final boolean distinct;
    private final AtomicLong budget;

    private BoundedGroupConcat(Expr expr, String separator, boolean distinct, AtomicLong budget) {
        super(expr, separator);
        this.distinct = distinct;
        this.budget = budget;
    }

    /** The operator with every GROUP_CONCAT drawing from one budget for the query. */
    static Op rewrite(Op op) {
        AtomicLong budget = QueryMemoryLimits.groupConcatBudget();
        return Transformer.transform(
                new TransformCopy() {
                    @Override
                    public Op transform(OpGroup group, Op sub) {
                        List<ExprAggregator> bounded = new ArrayList<>();
                        for (ExprAggregator agg : group.getAggregators()) {
                            bounded.add(new ExprAggregator(agg.getVar(), bounded(agg.getAggregator(), budget)));
                        }
                        return OpGroup.create(sub, group.getGroupVars(), bounded);
                    }
                },
                op);
    }

    private static Aggregator bounded(Aggregator aggregator, AtomicLong budget) {
        if (aggregator instanceof AggGroupConcat concat && !(aggregator instanceof BoundedGroupConcat)) {
            return new BoundedGroupConcat(concat.getExprList().get(0), concat.getSeparator(), false, budget);
        }
        if (aggregator instanceof AggGroupConcatDistinct concat) {
            return new BoundedGroupConcat(concat.getExprList().get(0), concat.getSeparator(), true, budget);
        }
        return aggregator;
    }

    @Override
    public Aggregator copy(ExprList exprs) {
        return new BoundedGroupConcat(exprs.get(0), getSeparator(), distinct, budget);
    }

    @Override
    public Accumulator createAccumulator() {
        return new Concatenation();
    }

    private final class Concatenation extends AccumulatorExpr {
        private final StringBuilder text = new StringBuilder();
        private boolean first = true;

        Concatenation() {
            super(getExpr(), distinct);
        }

        @Override
        protected void accumulate(NodeValue nv, Binding binding, FunctionEnv functionEnv) {
            String separator = getSeparator() == null ? " " : getSeparator();
            String value = nv.asString();
            long needed = value.length() + (first ? 0 : separator.length());
            if (budget.addAndGet(-needed) < 0) {
                throw QueryMemoryLimits.breach(
                        "The query's GROUP_CONCAT results grew past "
                                + QueryMemoryLimits.MAX_GROUP_CONCAT_CHARS
                                + " characters, more than one query may hold in"
                                + " memory: group by a finer key, concatenate fewer values, or add a LIMIT to the grouped part");
            }
            if (!first) {
                text.append(separator);
            }
            first = false;
            text.append(value);
        }

        @Override
        protected void accumulateError(Binding binding, FunctionEnv functionEnv) {}

        @Override
        protected NodeValue getAccValue() {
            return NodeValue.makeString(text.toString());
        }
    }
}
