package org.govgraph.bench.micro;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.govgraph.search.analysis.Analyzers;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/** JMH: how many service titles per second govgraph's indexing analyzer turns into tokens. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AnalyzerBenchmark {
    @Param({"title_en", "title_fr"})
    public String field;

    private Analyzer analyzer;
    private final String[] titles = {
        "Apply for a passport renewal online for adults living in Canada",
        "Demande de renouvellement de passeport pour les adultes résidant au Canada",
        "Employment Insurance regular benefits and job search support",
        "Prestations régulières d'assurance-emploi et aide à la recherche d'emploi",
    };
    private int next;

    @Setup
    public void setUp() {
        analyzer = Analyzers.forIndexing();
    }

    @Benchmark
    public void analyseTitle(Blackhole sink) throws IOException {
        String title = titles[next++ & 3];
        try (TokenStream ts = analyzer.tokenStream(field, title)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                sink.consume(term.length());
            }
            ts.end();
        }
    }
}
