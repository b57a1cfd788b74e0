package dev.bakeoff.advisor;

import dev.bakeoff.model.Workload;
import java.util.ArrayList;
import java.util.List;

/**
 * The workloads a profile's verdict reads, so that {@code advise --measure} runs only those: start-up, json
 * and io always (the fit prices every API request as /json, takes memory from io's peak RSS and cold start
 * from start-up); the others only when the profile has the work they price. Claims on the workloads left
 * out come out "not measured" in that run; the reasons say what was left out and why.
 *
 * @param workloads what to run, in the enum's order
 * @param skipped   one reason per workload left out
 */
public record MeasureNeeds(List<Workload> workloads, List<String> skipped) {
    public MeasureNeeds {
        workloads = List.copyOf(workloads);
        skipped = List.copyOf(skipped);
    }

    static MeasureNeeds of(Profile p, Load load) {
        List<Workload> run = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Workload w : Workload.values()) {
            String without = switch (w) {
                case STARTUP, JSON, IO -> null;
                case PLAINTEXT -> "json prices every API request";
                case CPU, MIXED -> load.cpuShare() > 0 ? null : "no CPU-heavy share (workload.cpu_heavy_share)";
                case DATA -> load.dataShare() > 0 ? null : "no data requests (workload.data_processing)";
                case WS -> load.realtime() ? null : "no real-time connections (workload.realtime)";
                case ML -> load.inference() ? null : "no in-process inference (workload.ml)";
                case DB -> load.dbShare() > 0 ? null : "no database work (workload.database)";
            };
            if (without == null) {
                run.add(w);
            } else {
                skipped.add(w.id() + ": " + without);
            }
        }
        return new MeasureNeeds(run, skipped);
    }

    /** The workload ids, as {@code --workloads} takes them. */
    public List<String> ids() {
        return workloads.stream().map(Workload::id).toList();
    }
}
