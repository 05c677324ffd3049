package org.govgraph.bench.micro;

import java.util.Collection;
import org.govgraph.bench.report.ResultTable;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs the JMH micro-benchmarks of this package (one fork, short iterations) and tabulates them. */
public final class MicroBenchmarks {
    private MicroBenchmarks() {}

    public static ResultTable run() throws RunnerException {
        Options options = new OptionsBuilder()
                .include(MicroBenchmarks.class.getPackageName() + ".*Benchmark")
                .forks(1)
                .warmupIterations(2)
                .warmupTime(TimeValue.seconds(2))
                .measurementIterations(3)
                .measurementTime(TimeValue.seconds(3))
                .jvmArgs("-Xmx512m")
                .build();
        Collection<RunResult> results = new Runner(options).run();
        ResultTable.Builder table =
                ResultTable.builder("micro", "JMH micro-benchmarks", "benchmark", "params", "ops/s", "± (99.9 %)");
        for (RunResult r : results) {
            var primary = r.getPrimaryResult();
            String name = r.getParams().getBenchmark();
            table.row(
                    name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1),
                    String.join(
                            ",",
                            r.getParams().getParamsKeys().stream()
                                    .map(k -> k + "=" + r.getParams().getParam(k))
                                    .toList()),
                    primary.getScore(),
                    primary.getScoreError());
        }
        table.note("JMH 1.37, one fork, 2 x 2 s warm-up, 3 x 3 s measurement, -Xmx512m. No peer: these track govgraph"
                + " against itself from run to run.");
        return table.build();
    }
}
