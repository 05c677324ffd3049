package org.govgraph.server.sparql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.Op1;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpJoin;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.apache.jena.sparql.algebra.op.OpSlice;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.path.P_Mod;
import org.apache.jena.sparql.path.P_OneOrMore1;
import org.apache.jena.sparql.path.P_OneOrMoreN;
import org.apache.jena.sparql.path.P_Path1;
import org.apache.jena.sparql.path.P_Path2;
import org.apache.jena.sparql.path.P_ZeroOrMore1;
import org.apache.jena.sparql.path.P_ZeroOrMoreN;
import org.apache.jena.sparql.path.Path;

/**
 * Says, before a query runs, whether its shape can make it run for the whole time limit
 * on any store: a cartesian product (graph patterns that share no variable, so every match
 * of one is paired with every match of the other) or an unbounded property path ({@code *}
 * or {@code +}) with a variable at both ends, or a regular expression applied to the
 * store's strings (each match reads a whole string, whatever its length). Such queries go to the narrow lane of
 * {@link QueryAdmission}; the verdict is about shape only, never about the data, so a
 * heavy-looking query on a small store merely waits its turn.
 */
public final class QueryCost {
    private QueryCost() {}

    /**
     * Why {@code query} is heavy, or empty when nothing in its shape is: the reason is shown
     * to the client when the heavy lane is full, so it says what to change.
     */
    public static Optional<String> heavyReason(Query query) {
        Op op = Algebra.compile(query);
        Finder finder = new Finder();
        OpWalker.walk(op, finder);
        if (finder.reason == null && matchesPatternsAgainstData(op)) {
            finder.found("a regular expression (REGEX or REPLACE) applied to strings of the data: it reads every"
                    + " candidate string whole, of any length; gg:search, CONTAINS or STRSTARTS find words faster");
        }
        return Optional.ofNullable(finder.reason);
    }

    /**
     * True when a REGEX, REPLACE, fn:matches or fn:replace has a text that is not a constant
     * (a variable, or a function of one), so its cost grows with the store's strings rather
     * than with the query's.
     */
    private static boolean matchesPatternsAgainstData(Op op) {
        boolean[] found = {false};
        Walker.walk(op, new OpVisitorBase(), new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionN func) {
                boolean pattern = func instanceof E_Regex
                        || func instanceof E_StrReplace
                        || func instanceof E_Function f
                                && f.getFunctionIRI().startsWith(XPATH_FUNCTIONS)
                                && Set.of("matches", "replace", "tokenize")
                                        .contains(f.getFunctionIRI().substring(XPATH_FUNCTIONS.length()));
                found[0] |= pattern && func.numArgs() > 0 && !func.getArg(1).isConstant();
            }
        });
        return found[0];
    }

    private static final String XPATH_FUNCTIONS = "http://www.w3.org/2005/xpath-functions#";

    private static final class Finder extends OpVisitorBase {
        private String reason;

        @Override
        public void visit(OpBGP bgp) {
            List<Triple> triples = bgp.getPattern().getList();
            if (triples.size() > 1 && components(triples) > 1) {
                found("a cartesian product: its triple patterns fall into groups that share no variable");
            }
        }

        @Override
        public void visit(OpPath path) {
            TriplePath tp = path.getTriplePath();
            if (tp.getSubject().isVariable() && tp.getObject().isVariable() && unbounded(tp.getPath())) {
                found("an unbounded property path (* or +) with a variable at both ends");
            }
        }

        @Override
        public void visit(OpJoin join) {
            disjoint(List.of(join.getLeft(), join.getRight()));
        }

        @Override
        public void visit(OpSequence sequence) {
            disjoint(sequence.getElements());
        }

        /** Groups joined with no variable in common, each matching triples, multiply. */
        private void disjoint(List<Op> parts) {
            List<Set<Var>> withTriples = new ArrayList<>();
            for (Op part : parts) {
                if (matchesTriples(part) && !atMostOneRow(part)) {
                    withTriples.add(new HashSet<>(OpVars.visibleVars(part)));
                }
            }
            if (withTriples.size() > 1 && componentsOfSets(withTriples) > 1) {
                found("a cartesian product: it joins groups of patterns that share no variable");
            }
        }

        private void found(String why) {
            if (reason == null) {
                reason = "The query has " + why + ".";
            }
        }
    }

    /**
     * True for a part that yields one row at most: a sub-select that aggregates without
     * GROUP BY, or one with LIMIT 1. Pairing it with every row of the rest multiplies nothing.
     */
    private static boolean atMostOneRow(Op op) {
        Op inner = op;
        while (inner instanceof Op1 one && !(inner instanceof OpGroup)) {
            if (inner instanceof OpSlice slice && slice.getLength() >= 0 && slice.getLength() <= 1) {
                return true;
            }
            inner = one.getSubOp();
        }
        return inner instanceof OpGroup group && group.getGroupVars().isEmpty();
    }

    /** True when the operator, somewhere inside, matches triples of the store. */
    private static boolean matchesTriples(Op op) {
        boolean[] found = {false};
        OpWalker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpBGP bgp) {
                found[0] |= !bgp.getPattern().isEmpty();
            }

            @Override
            public void visit(OpPath path) {
                found[0] = true;
            }
        });
        return found[0];
    }

    /** True when the path repeats without an upper bound somewhere ({@code *}, {@code +}, {@code {n,}}). */
    private static boolean unbounded(Path path) {
        if (path instanceof P_ZeroOrMore1
                || path instanceof P_ZeroOrMoreN
                || path instanceof P_OneOrMore1
                || path instanceof P_OneOrMoreN
                || path instanceof P_Mod mod && mod.getMax() == P_Mod.INF) {
            return true;
        }
        if (path instanceof P_Path1 one) {
            return unbounded(one.getSubPath());
        }
        return path instanceof P_Path2 two && (unbounded(two.getLeft()) || unbounded(two.getRight()));
    }

    /** The number of groups of triple patterns connected through shared variables. */
    private static int components(List<Triple> triples) {
        List<Set<Var>> sets = new ArrayList<>();
        for (Triple t : triples) {
            Set<Var> vars = new HashSet<>();
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (n.isVariable()) {
                    vars.add(Var.alloc(n));
                }
            }
            sets.add(vars);
        }
        return componentsOfSets(sets);
    }

    /**
     * The number of connected groups among variable sets, two sets being connected when they
     * share a variable. A set with no variable (a pattern of constants only) matches at most
     * one triple and multiplies nothing, so it joins no group and counts for none.
     */
    private static int componentsOfSets(List<? extends Collection<Var>> sets) {
        List<Set<Var>> groups = new ArrayList<>();
        for (Collection<Var> vars : sets) {
            if (vars.isEmpty()) {
                continue;
            }
            Set<Var> merged = new HashSet<>(vars);
            groups.removeIf(g -> {
                if (g.stream().anyMatch(merged::contains)) {
                    merged.addAll(g);
                    return true;
                }
                return false;
            });
            groups.add(merged);
        }
        return groups.size();
    }
}
