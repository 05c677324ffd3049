package org.govgraph.server.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LinearRegexTest {
    private static String select(String expression) {
        Dataset dataset = DatasetFactory.create();
        QueryRewrites.install(dataset.getContext());
        try (QueryExecution qe = QueryExecution.dataset(dataset)
                .query("SELECT ?v WHERE { BIND(" + expression + " AS ?v) }")
                .build()) {
            QuerySolution row = qe.execSelect().next();
            return row.contains("v") ? row.get("v").asLiteral().getLexicalForm() : "unbound";
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiterString = "=>",
            value = {
                "REGEX('Passport renewal', 'passport', 'i')          => true",
                "REGEX('Passport renewal', 'passport')               => false",
                "REGEX('a\\nb', '^b$', 'm')                          => true",
                "REGEX('a\\nb', 'a.b', 's')                          => true",
                "REGEX('a.b', '.', 'q')                              => true",
                "REGEX('axb', 'a.b', 'q')                            => false",
                "REGEX('ab', 'a b', 'x')                             => true",
                "REGEX('ab', 'a\\\\sb', 'x')                        => false",
                "REPLACE('banana', 'a(n)', 'o$1')                    => bonona",
                "STR(REPLACE('Ökonomie'@de, 'ö', 'o', 'i'))         => okonomie",
                "LANG(REPLACE('x'@de, 'x', 'y'))                     => de",
                "<http://www.w3.org/2005/xpath-functions#matches>('abc', 'b') => true",
            })
    void regularExpressionsKeepTheirSparqlMeaning(String expression, String expected) {
        String value = select(expression);
        assertEquals(expected, value, expression);
    }

    /** Patterns that backtrack for minutes in java.util.regex: here they answer, or are an evaluation error. */
    @ParameterizedTest
    @CsvSource({"5000, (x+x+)+y", "5000, (.*)*(.*)*(.*)*[bc]", "30, '(.*){1,1000}[bc]'"})
    void catastrophicPatternsDoNotBacktrack(int length, String pattern) {
        assertEquals("false", select("REGEX('" + "x".repeat(length) + "', '" + pattern + "')"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "(.*){1,32000}[bc]",
                "((a{1,1000}){1,1000}){1,1000}",
                "(((.{0,100}){0,100}){0,100})x",
                "a{1000}b{1000}c{1000}d{1000}e{1000}f{1000}g{1000}h{1000}i{1000}j{1000}k{1000}l{1000}m{1000}n{1000}o{1000}"
                        + "p{1000}q{1000}r{1000}s{1000}t{1000}u{1000}v{1000}w{1000}x{1000}y{1000}z{1000}A{1000}B{1000}C{1000}"
                        + "D{1000}E{1000}F{1000}G{1000}H{1000}I{1000}J{1000}K{1000}L{1000}M{1000}N{1000}O{1000}P{1000}Q{1000}"
                        + "R{1000}S{1000}T{1000}U{1000}V{1000}W{1000}X{1000}Y{1000}Z{1000}0{1000}1{1000}2{1000}3{1000}4{1000}"
                        + "5{1000}6{1000}7{1000}8{1000}9{1000}_{1000}a{1000}b{1000}c{1000}d{1000}e{1000}f{1000}g{1000}h{1000}"
                        + "i{1000}j{1000}k{1000}l{1000}m{1000}n{1000}o{1000}p{1000}q{1000}r{1000}s{1000}t{1000}u{1000}v{1000}"
                        + "w{1000}x{1000}y{1000}z{1000}A{1000}B{1000}C{1000}D{1000}E{1000}F{1000}G{1000}H{1000}I{1000}J{1000}"
                        + "K{1000}L{1000}M{1000}N{1000}O{1000}P{1000}Q{1000}R{1000}S{1000}T{1000}U{1000}"
            })
    void patternsThatExpandPastTheCompilersBoundsAreRefused(String pattern) {
        ExprEvalException e = assertThrows(ExprEvalException.class, () -> LinearRegex.compile(pattern, null));
        assertTrue(e.getMessage().startsWith("Regex: "), e.getMessage());
    }

    @Test
    void deeplyNestedGroupsAreRefusedBeforeTheyReachTheCompiler() {
        String pattern = "(".repeat(5000) + "a" + ")".repeat(5000);
        assertThrows(ExprEvalException.class, () -> LinearRegex.compile(pattern, null));
    }

    @ParameterizedTest
    @CsvSource(
            delimiterString = "=>",
            value = {
                "abc => 3",
                "a{3} => 4",
                "(ab){2,5} => 11",
                "((a){10}){10} => 111",
                "[a-z{}]{4} => 5",
                "\\p{L}{2} => 3",
                "a|b => 3",
                "x{2,} => 4",
            })
    void theExpandedSizeCountsRepetitionsAsTheCompilerDoes(String pattern, long size) {
        assertEquals(size, RegexSize.expanded(pattern, LinearRegex.MAX_DEPTH));
    }
}
