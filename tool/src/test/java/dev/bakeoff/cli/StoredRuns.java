package dev.bakeoff.cli;

import dev.bakeoff.model.CpuPlan;
import dev.bakeoff.model.Environment;
import dev.bakeoff.model.Measurement;
import dev.bakeoff.model.Plan;
import dev.bakeoff.model.RunStatus;
import dev.bakeoff.model.Workload;
import dev.bakeoff.store.RunStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Stores small finished runs of one stack on plaintext, for the commands that read the history. */
public final class StoredRuns {
    private StoredRuns() {}

    /** Stores a complete run whose plaintext max step reached about {@code rate} req/s; returns its id. */
    public static String store(Path stateRoot, double rate) {
        try (RunStore store = RunStore.open(stateRoot.resolve(".bakeoff").resolve("bakeoff.db"))) {
            Plan plan = new Plan(
                    "quick",
                    List.of("s1"),
                    List.of(Workload.PLAINTEXT),
                    1,
                    0.5,
                    15,
                    1.5,
                    List.of(new Plan.Step(Workload.PLAINTEXT, "max", "closed model, 64 connections", 2.0)),
                    new CpuPlan(List.of(1), List.of(0), false),
                    50_000,
                    100,
                    List.of(),
                    List.of());
            Environment env =
                    new Environment("Test CPU", 2, 24_000, "Debian", "6.1", "25", "0.1.0", "abc", Map.of(), 0, 0);
            String id = store.beginRun(plan, env);
            store.addTrial(id, throughput(rate));
            store.finishRun(id, RunStatus.COMPLETE);
            return id;
        }
    }

    private static Measurement throughput(double rate) {
        return Measurement.of("s1", Workload.PLAINTEXT, "max", 1)
                .achievedRate(rate)
                .completed(1000)
                .corrected(new Measurement.Latency(1000, 2000, 3000, 4000, 5000, 1500))
                .appCpuShare(0.5)
                .appPeakRssMib(50)
                .appMeanRssMib(40)
                .loadgenCpuShare(0.2)
                .rateSamples(List.of(rate * 0.99, rate, rate * 1.01))
                .p99Samples(List.of(3000.0, 3100.0))
                .build();
    }
}
