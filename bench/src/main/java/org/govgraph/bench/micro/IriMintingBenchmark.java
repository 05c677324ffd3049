package org.govgraph.bench.micro;

import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.govgraph.model.Iris;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** JMH: IRIs minted per second for a service and its yearly report, as the ingest of every row does. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class IriMintingBenchmark {
    private final Iris iris = Iris.defaults();
    private long n;

    @Benchmark
    public Node serviceIri() {
        return iris.service("ca", "SYN" + (n++));
    }

    @Benchmark
    public Node serviceReportIri() {
        return iris.serviceReport("ca", "SYN" + (n++), "2023-2024");
    }
}
