package dev.bakeoff.bench;

import dev.bakeoff.bench.Observations.Observation;
import dev.bakeoff.bench.StepSpec.Request;
import dev.bakeoff.model.Measurement;
import dev.bakeoff.model.MetricNames;
import dev.bakeoff.model.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * The data workload's size sweep: {@code /data/report} over the first N rows of the loaded dataset, on both tiers
 * of CONTRACT.md, fitted per tier to t(N) = a + b*N, so that the per-request overhead a (HTTP, the framework,
 * the call into a library) and the per-row cost b (the layout and the loop) are reported apart. One connection in
 * a closed loop: a request never waits for another, so its latency is its service time. All sizes and both tiers
 * share one step, the connection cycling through them, so that the sweep costs one step per stack; each size's
 * service time is the median of its own requests.
 */
final class DataSweep {
    static final String LEVEL = "sweep";
    static final List<String> TIERS = List.of("realistic", "tuned");

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

    static String className(String tier, int rows) {
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

    /** Per tier: the fitted overhead (ms) and per-row cost (ns/row), and each size's service time (ms). */
    static List<Observation> observations(Measurement m) {
        List<Observation> out = new ArrayList<>();
        boolean flagged = m.flagged() || !m.ok();
        for (String tier : TIERS) {
            List<LinearFit.Point> points = new ArrayList<>();
            for (String key : m.histograms().keySet().stream().sorted().toList()) {
                String prefix = "corrected:" + tier + "-";
                if (!key.startsWith(prefix)) {
                    continue;
                }
                int rows = Integer.parseInt(key.substring(prefix.length()));
                Histogram h = Histograms.decode(m.histograms().get(key));
                if (h.getTotalCount() < 2) {
                    continue; // one request gives no spread; the size is left out of the fit
                }
                // The median, not the mean: on one connection cycling through all sizes, a collector pause that
                // a large request's garbage causes lands on whichever request runs next (a 10^4-row tuned report
                // of ~20 us read 9 ms on average when a few such pauses hit it). Its standard error comes from
                // the median's order-statistics interval.
                double medianMs = h.getValueAtPercentile(50) / 1000.0;
                double[] us = Histograms.percentileInterval(h, 50);
                double lowMs = Math.min(medianMs, us[0] / 1000.0);
                double highMs = Math.max(medianMs, us[1] / 1000.0);
                double seMs = (highMs - lowMs) / (2 * LinearFit.Z95);
                points.add(new LinearFit.Point(rows, medianMs, seMs));
                out.add(new Observation(
                        MetricNames.DATA_SERVICE_MS + "@" + className(tier, rows),
                        medianMs,
                        List.of(),
                        lowMs,
                        highMs,
                        "ms",
                        false,
                        flagged,
                        m.note()));
            }
            if (points.stream().map(LinearFit.Point::x).distinct().count() < 2) {
                continue;
            }
            LinearFit fit = LinearFit.of(points);
            String note = String.format(Locale.ROOT, "%s tier, fit over %d sizes. %s", tier, points.size(), m.note())
                    .strip();
            out.add(new Observation(
                    overheadName(tier),
                    fit.intercept(),
                    List.of(),
                    fit.interceptLow(),
                    fit.interceptHigh(),
                    "ms",
                    false,
                    flagged,
                    note));
            out.add(new Observation(
                    rowCostName(tier),
                    fit.slope() * 1e6,
                    List.of(),
                    fit.slopeLow() * 1e6,
                    fit.slopeHigh() * 1e6,
                    "ns/row",
                    false,
                    flagged,
                    note));
        }
        return out;
    }

    static String overheadName(String tier) {
        return tier.equals("tuned") ? MetricNames.DATA_TUNED_OVERHEAD_MS : MetricNames.DATA_REALISTIC_OVERHEAD_MS;
    }

    static String rowCostName(String tier) {
        return tier.equals("tuned") ? MetricNames.DATA_TUNED_ROW_NS : MetricNames.DATA_REALISTIC_ROW_NS;
    }
}
