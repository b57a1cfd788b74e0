package dev.bakeoff.plan;

import dev.bakeoff.lab.StackCatalog;
import dev.bakeoff.model.CpuPlan;
import dev.bakeoff.model.Measurement;
import dev.bakeoff.model.Workload;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/**
 * The test stacks (src/test/resources/stacks), hand-made measurements, and the plan's package-private steps and
 * numbers for the tests of the rooms that execute and summarize it (run, stats).
 */
public final class PlanFixtures {
    public static final CpuPlan TWO_CORES = new CpuPlan(List.of(1), List.of(0), false);

    private PlanFixtures() {}

    public static Path stacksDir() {
        try {
            return Path.of(PlanFixtures.class.getResource("/stacks").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static StackCatalog catalog() {
        return StackCatalog.load(stacksDir(), stacksDir().getParent());
    }

    /** The repository's own stacks folder (the six reference stacks and the composed hybrids). */
    public static StackCatalog referenceCatalog() {
        Path stacks = Path.of(System.getProperty("user.dir")).getParent().resolve("stacks");
        return StackCatalog.load(stacks, stacks.getParent());
    }

    public static Measurement throughput(
            String stack, Workload w, String level, int round, double rate, boolean flagged) {
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

    /** What workload {@code w} runs for preset {@code p}, step by step ({@link WorkloadSteps#of}). */
    public static List<StepSpec> steps(Workload w, Preset p) {
        return WorkloadSteps.of(w, p);
    }

    /** The io levels' share of the ceiling and their highest rate ({@link Defaults}). */
    public static final double IO_RATE_SHARE = Defaults.IO_RATE_SHARE;

    public static final double IO_MAX_RATE = Defaults.IO_MAX_RATE;
}
