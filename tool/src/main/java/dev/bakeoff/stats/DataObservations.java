package dev.bakeoff.stats;

import dev.bakeoff.model.Measurement;
import dev.bakeoff.model.MetricNames;
import dev.bakeoff.plan.DataSweep;
import dev.bakeoff.stats.Observations.Observation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * The data workload's size-sweep figures ({@link DataSweep}'s step): per tier, the service time of each size,
 * fitted to t(N) = a + b*N, so that the per-request overhead a and the per-row cost b are reported apart; part of
 * {@link Observations}' mapping.
 */
final class DataObservations {
    private DataObservations() {}

    /** Per tier: the fitted overhead (ms) and per-row cost (ns/row), and each size's service time (ms). */
    static List<Observation> observations(Measurement m) {
        List<Observation> out = new ArrayList<>();
        boolean flagged = m.flagged() || !m.ok();
        for (String tier : DataSweep.TIERS) {
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
                        MetricNames.DATA_SERVICE_MS + "@" + DataSweep.className(tier, rows),
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
