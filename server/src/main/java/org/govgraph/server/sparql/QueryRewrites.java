package org.govgraph.server.sparql;

import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.util.Context;

/**
 * The changes every query (and every update's WHERE) gets before it runs against the
 * store: linear-time regular expressions ({@link LinearRegexRewrite}) and a GROUP_CONCAT
 * that stops at the query's memory budget ({@link BoundedGroupConcat}). Installed as the
 * optimizer of the dataset's context, they rewrite the algebra of each execution (so each
 * gets a budget of its own), and ARQ's standard optimizer runs after them.
 */
final class QueryRewrites {
    private QueryRewrites() {}

    /** Makes every query run with {@code context} rewritten. */
    static void install(Context context) {
        RewriteFactory standard = Optimize.stdOptimizationFactory;
        context.set(ARQConstants.sysOptimizerFactory, (RewriteFactory) ctx -> {
            Rewrite optimizer = standard.create(ctx);
            return op -> optimizer.rewrite(BoundedGroupConcat.rewrite(LinearRegexRewrite.rewrite(op)));
        });
    }
}
