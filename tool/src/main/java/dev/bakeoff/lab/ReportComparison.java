package dev.bakeoff.lab;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Compares an app's {@code /data/report} answer with the exact expected report. */
final class ReportComparison {
    /** Apps add floating-point numbers in different orders; a cent of difference is allowed. */
    static final double REVENUE_TOLERANCE = 0.01;

    private ReportComparison() {}

    static void assertMatches(JsonNode actual, List<Dataset.RegionTotal> expected, int minQty) {
        if (!actual.isArray()) {
            throw new AssertionError("min_qty=" + minQty + ": expected a JSON array, got "
                    + ContractChecks.abbreviate(actual.toString()));
        }
        if (actual.size() != expected.size()) {
            throw new AssertionError(
                    "min_qty=" + minQty + ": " + actual.size() + " regions, expected " + expected.size());
        }
        for (int i = 0; i < expected.size(); i++) {
            Dataset.RegionTotal want = expected.get(i);
            JsonNode got = actual.get(i);
            double revenue = got.path("revenue").asDouble(Double.NaN);
            boolean same = want.region().equals(got.path("region").asText())
                    && got.path("orders").asLong(-1) == want.orders()
                    && got.path("units").asLong(-1) == want.units()
                    && Math.abs(revenue - want.revenueCents() / 100.0) <= REVENUE_TOLERANCE;
            if (!same) {
                throw new AssertionError("min_qty=" + minQty + ", row " + i + ": got " + got + ", expected region="
                        + want.region() + " orders=" + want.orders() + " units=" + want.units() + " revenue="
                        + want.revenueCents() / 100.0);
            }
        }
    }
}
