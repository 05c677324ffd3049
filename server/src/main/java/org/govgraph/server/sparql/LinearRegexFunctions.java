package org.govgraph.server.sparql;

import com.google.re2j.Pattern;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;

/**
 * SPARQL's {@code REGEX} and {@code REPLACE} (and XPath's {@code fn:matches} and
 * {@code fn:replace}) evaluated with {@link LinearRegex}. {@link LinearRegexRewrite} puts
 * them in place of ARQ's own before a query runs. A constant pattern is compiled once; one
 * that varies by row is compiled when it changes.
 */
final class LinearRegexFunctions {
    private LinearRegexFunctions() {}

    /** The compiled pattern of an expression, kept while the pattern and flags stay the same. */
    private static final class PatternCache {
        private record Entry(String pattern, String flags, Pattern compiled) {}

        private volatile Entry last;

        Pattern get(String pattern, String flags) {
            Entry entry = last;
            if (entry == null || !entry.pattern().equals(pattern) || !Objects.equals(entry.flags(), flags)) {
                entry = new Entry(pattern, flags, LinearRegex.compile(pattern, flags));
                last = entry;
            }
            return entry.compiled();
        }
    }

    /** A function of a string literal and a pattern, whose flags are the argument at {@code flagsAt}. */
    private abstract static class PatternFunction extends ExprFunctionN {
        private final PatternCache patterns = new PatternCache();
        private final int flagsAt;

        PatternFunction(String name, ExprList args, int flagsAt) {
            super(name, args);
            this.flagsAt = flagsAt;
        }

        @Override
        public final NodeValue eval(List<NodeValue> args) {
            Node text = NodeValueOps.checkAndGetStringLiteral(
                    getFunctionSymbol().getSymbol().toUpperCase(Locale.ROOT), args.get(0));
            Pattern pattern = patterns.get(
                    args.get(1).getString(),
                    args.size() > flagsAt ? args.get(flagsAt).getString() : null);
            return apply(text, pattern, args);
        }

        abstract NodeValue apply(Node text, Pattern pattern, List<NodeValue> args);
    }

    /** {@code REGEX(text, pattern [, flags])}. */
    static final class Match extends PatternFunction {
        Match(ExprList args) {
            super("regex", args, 2);
        }

        @Override
        NodeValue apply(Node text, Pattern pattern, List<NodeValue> args) {
            return NodeValue.booleanReturn(
                    pattern.matcher(text.getLiteralLexicalForm()).find());
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Match(newArgs);
        }
    }

    /** {@code REPLACE(text, pattern, replacement [, flags])}: the result keeps the text's language tag. */
    static final class Replace extends PatternFunction {
        Replace(ExprList args) {
            super("replace", args, 3);
        }

        @Override
        NodeValue apply(Node text, Pattern pattern, List<NodeValue> args) {
            String replaced = pattern.matcher(text.getLiteralLexicalForm())
                    .replaceAll(args.get(2).getString());
            String lang = text.getLiteralLanguage();
            return lang == null || lang.isEmpty()
                    ? NodeValue.makeString(replaced)
                    : NodeValue.makeLangString(replaced, lang);
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Replace(newArgs);
        }
    }
}
