package dev.bakeoff.lab;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code /data/report} checks of {@code bakeoff verify}: both tiers (CONTRACT.md) answer the exact expected
 * report for several filters, over the whole dataset and over a prefix ({@code rows=N}), the default tier is the
 * realistic one, and a tier or row count outside the contract is a 400.
 */
final class DataChecks {
    static final List<String> TIERS = List.of("realistic", "tuned");
    private static final int[] MIN_QTYS = {1, 25, 50, 51};
    /** Prefixes: one not a round number, one row (a single region), and one past the end (means all rows). */
    private static final int[] PREFIXES = {1_234, 1, Integer.MAX_VALUE};

    private static final ObjectMapper JSON = new ObjectMapper();

    interface Getter {
        HttpResponse<String> get(String path) throws Exception;
    }

    private final Getter http;
    private final Path dataset;

    DataChecks(Getter http, Path dataset) {
        this.http = http;
        this.dataset = dataset;
    }

    String run() throws Exception {
        for (int minQty : MIN_QTYS) {
            // No tier: the default ranking's tier, realistic.
            expectReport("/data/report?min_qty=" + minQty, minQty, Integer.MAX_VALUE);
            for (String tier : TIERS) {
                expectReport("/data/report?min_qty=" + minQty + "&tier=" + tier, minQty, Integer.MAX_VALUE);
            }
        }
        for (String tier : TIERS) {
            for (int rows : PREFIXES) {
                expectReport("/data/report?min_qty=25&tier=" + tier + "&rows=" + rows, 25, rows);
            }
        }
        for (String bad : List.of("tier=fast", "rows=0", "rows=abc")) {
            HttpResponse<String> r = http.get("/data/report?min_qty=1&" + bad);
            if (r.statusCode() != 400) {
                throw new AssertionError(
                        "/data/report?min_qty=1&" + bad + " answered " + r.statusCode() + ", expected 400");
            }
        }
        return "tiers realistic and tuned (and the default): min_qty 1, 25, 50, 51 and rows=1234, 1, all match"
                + " the expected report; a bad tier or rows is a 400";
    }

    private void expectReport(String path, int minQty, int rows) throws Exception {
        HttpResponse<String> r = http.get(path);
        if (r.statusCode() != 200) {
            throw new AssertionError(
                    path + " answered " + r.statusCode() + ", expected 200: " + ContractChecks.abbreviate(r.body()));
        }
        ContractChecks.expectMediaType(r, "application/json");
        try {
            ReportComparison.assertMatches(
                    JSON.readTree(r.body()), Dataset.expectedReport(dataset, minQty, rows), minQty);
        } catch (AssertionError e) {
            throw new AssertionError(path + ": " + e.getMessage());
        }
    }
}
