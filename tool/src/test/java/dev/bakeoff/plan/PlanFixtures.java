package dev.bakeoff.bench;

import dev.bakeoff.lab.StackCatalog;
import dev.bakeoff.model.CpuPlan;
import dev.bakeoff.model.Measurement;
import dev.bakeoff.model.Workload;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** The test stacks (src/test/resources/stacks) and hand-made measurements. */
final class BenchFixtures {
    static final CpuPlan TWO_CORES = new CpuPlan(List.of(1), List.of(0), false);

    private BenchFixtures() {}

    static Path stacksDir() {
        try {
            return Path.of(BenchFixtures.class.getResource("/stacks").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static StackCatalog catalog() {
        return StackCatalog.load(stacksDir(), stacksDir().getParent());
    }

    static Measurement throughput(String stack, Workload w, String level, int round, double rate, boolean flagged) {
        return Measurement.of(stack, w, level, round)
                .flagged(flagged)
                .note(flagged ? "saturated" : "")
                .achievedRate(rate)
                .completed(1000)
                .corrected(new Measurement.Latency(1000, 2000, 3000, 4000, 5000, 1500))
                .appCpuShare(0.5)
                .appPeakRssMib(50)
                .appMeanRssMib(40)
                .loadgenCpuShare(0.2)
                .rateSamples(List.of(rate * 0.99, rate * 1.01))
                .p99Samples(List.of(3000.0, 3100.0))
                .build();
    }
}
