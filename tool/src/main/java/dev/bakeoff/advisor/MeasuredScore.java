package dev.bakeoff.advisor;

import dev.bakeoff.model.Metric;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps one metric across stacks to 0..1 scores by ratio to the best: value / best when higher is
 * better, best / value when lower is better. Ratio-to-best keeps real proportions (min-max would turn a
 * 1% edge into 0 versus 1). With ties on, stacks are taken best first, and a stack whose interval
 * overlaps the interval of the stack leading its group gets the leader's score.
 */
final class MeasuredScore {
    private MeasuredScore() {}

    static Map<String, Double> ratios(Map<String, Metric> byStack, MetricView view) {
        Map<String, Double> scores = new LinkedHashMap<>();
        if (byStack.isEmpty()) {
            return scores;
        }
        boolean higher = byStack.values().iterator().next().higherIsBetter();
        List<Map.Entry<String, Metric>> order = new ArrayList<>(byStack.entrySet());
        Comparator<Map.Entry<String, Metric>> byValue =
                Comparator.comparingDouble(e -> view.value().applyAsDouble(e.getValue()));
        order.sort(higher ? byValue.reversed() : byValue);
        double best =
                Math.max(1e-12, view.value().applyAsDouble(order.getFirst().getValue()));
        Metric leader = null;
        double leaderScore = 0;
        for (Map.Entry<String, Metric> e : order) {
            double v = Math.max(1e-12, view.value().applyAsDouble(e.getValue()));
            double own = higher ? v / best : best / v;
            if (view.ties() && leader != null && !leader.differsFrom(e.getValue())) {
                scores.put(e.getKey(), leaderScore);
                continue;
            }
            leader = e.getValue();
            leaderScore = Math.min(1, own);
            scores.put(e.getKey(), leaderScore);
        }
        return scores;
    }
}
