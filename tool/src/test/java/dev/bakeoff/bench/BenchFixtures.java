package dev.bakeoff.bench;

import dev.bakeoff.lab.StackCatalog;
import dev.bakeoff.model.CpuPlan;
import dev.bakeoff.model.Measurement;
import dev.bakeoff.model.Workload;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
        return new Measurement(
                stack,
                w,
                level,
                round,
                true,
                flagged,
                flagged ? "saturated" : "",
                0,
                rate,
                1000,
                0,
                Map.of(),
                new Measurement.Latency(1000, 2000, 3000, 4000, 5000, 1500),
                Measurement.Latency.NONE,
                0.5,
                50,
                40,
                0.2,
                List.of(rate * 0.99, rate * 1.01),
                List.of(3000.0, 3100.0),
                Map.of(),
                Map.of());
    }
}
