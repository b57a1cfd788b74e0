package dev.bakeoff.advisor;

import java.util.Map;

/** What running two stacks costs a hybrid: points (0..1 scale) taken off named criteria, and why. */
record HybridCost(String id, String rationale, Map<String, Double> penalties) {
    HybridCost {
        penalties = Map.copyOf(penalties);
    }
}
