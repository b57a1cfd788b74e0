package dev.bakeoff.plan;

import dev.bakeoff.model.Workload;
import dev.bakeoff.plan.StepSpec.Request;
import java.util.ArrayList;
import java.util.List;

/**
 * The data workload's size sweep: {@code /data/report} over the first N rows of the loaded dataset, on both tiers
 * of CONTRACT.md, fitted per tier to t(N) = a + b*N, so that the per-request overhead a (HTTP, the framework,
 * the call into a library) and the per-row cost b (the layout and the loop) are reported apart. One connection in
 * a closed loop: a request never waits for another, so its latency is its service time. All sizes and both tiers
 * share one step, the connection cycling through them, so that the sweep costs one step per stack; each size's
 * service time is the median of its own requests. The figures read back from the step are the statistics'
 * ({@code stats.DataObservations}).
 */
public final class DataSweep {
    public static final String LEVEL = "sweep";
    public static final List<String> TIERS = List.of("realistic", "tuned");

    private DataSweep() {}

    /**
     * The swept sizes: 10^4 to 10^6 rows (the dataset the lab loads has 10^6). Quick keeps two sizes, 10^4 and
     * 2 x 10^5: that fixes a line but cannot show a bend, and it stops short of 10^6 because its 1.25 s step must
     * hold at least two requests of every size on one connection, and pandas' realistic report of 10^6 rows took
     * 0.5-0.7 s on a busy 2-core machine (one cycle through the sizes then outlasts half the step). No 10^7: every
     * layout of ten million rows (Node's objects, Java's records, pandas' strings) would not fit with the other
     * tier in the app's 1,024 MiB budget (Node's heap held 126 MiB of objects for 10^6 rows).
     */
    static List<Integer> sizes(Preset p) {
        return p == Preset.QUICK ? List.of(10_000, 200_000) : List.of(10_000, 100_000, 1_000_000);
    }

    static String path(String tier, int rows) {
        return "/data/report?min_qty=" + Defaults.DATA_MIN_QTY + "&tier=" + tier + "&rows=" + rows;
    }

    public static String className(String tier, int rows) {
        return tier + "-" + rows;
    }

    /**
     * The measured seconds of the sweep outside quick: one cycle through 10^6 rows of both tiers took Django's
     * realistic report about 1.1 s on a busy 2-core machine, and every size needs at least two answers.
     */
    static final double SWEEP_MEASURE_SECONDS = 3.0;

    static StepSpec step(Preset p, double seconds) {
        double measured = p == Preset.QUICK ? p.measureSeconds : Math.max(p.measureSeconds, SWEEP_MEASURE_SECONDS);
        List<Request> mix = new ArrayList<>();
        for (String tier : TIERS) {
            for (int rows : sizes(p)) {
                mix.add(new Request(className(tier, rows), path(tier, rows), 1));
            }
        }
        return new StepSpec.Closed(
                Workload.DATA,
                LEVEL,
                "closed model, 1 connection cycling GET /data/report on both tiers at rows="
                        + String.join(
                                ", ", sizes(p).stream().map(String::valueOf).toList())
                        + ": service time per size, fitted to a + b*N",
                seconds - p.measureSeconds + measured,
                1,
                mix,
                measured);
    }
}
