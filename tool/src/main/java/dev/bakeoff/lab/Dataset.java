package dev.bakeoff.lab;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The orders CSV behind {@code /data/report}: generated from a fixed seed, so every machine and every
 * run measures the same data, and the expected report can be computed exactly (in cents) to check apps.
 */
public final class Dataset {
    static final List<String> REGIONS =
            List.of("north", "south", "east", "west", "central", "coastal", "mountain", "islands");
    private static final long SEED = 20_261_123L;

    private Dataset() {}

    /** One region's line of the report; revenue in cents, exact. */
    public record RegionTotal(String region, long orders, long units, long revenueCents) {}

    /** Returns the CSV with {@code rows} orders under {@code dataDir}, writing it first if absent. */
    public static Path ensure(Path dataDir, int rows) {
        Path file = dataDir.resolve("orders-" + rows + ".csv");
        if (Files.isRegularFile(file)) {
            return file;
        }
        try {
            Files.createDirectories(dataDir);
            // Written beside the target and moved into place, so a crash never leaves half a dataset.
            Path tmp = Files.createTempFile(dataDir, "orders", ".tmp");
            try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                out.write("region,product,qty,price\n");
                SplittableRandom random = new SplittableRandom(SEED);
                for (int i = 0; i < rows; i++) {
                    String region = REGIONS.get(random.nextInt(REGIONS.size()));
                    int product = random.nextInt(200);
                    int qty = 1 + random.nextInt(50);
                    int priceCents = 50 + random.nextInt(50_000);
                    out.write(region + ",p" + product + "," + qty + "," + priceCents / 100 + "."
                            + String.format("%02d", priceCents % 100) + "\n");
                }
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dataset under " + dataDir, e);
        }
    }

    /** The report the contract asks for, computed exactly: revenue descending, then region ascending. */
    public static List<RegionTotal> expectedReport(Path csv, int minQty) {
        return expectedReport(csv, minQty, Integer.MAX_VALUE);
    }

    /** The report over the first {@code rows} orders only, as {@code /data/report?rows=N} asks. */
    public static List<RegionTotal> expectedReport(Path csv, int minQty, int rows) {
        TreeMap<String, long[]> byRegion = new TreeMap<>();
        try (var lines = Files.lines(csv, StandardCharsets.UTF_8)) {
            lines.skip(1).limit(rows).forEach(line -> {
                String[] f = line.split(",");
                int qty = Integer.parseInt(f[2]);
                if (qty >= minQty) {
                    long cents = Math.round(Double.parseDouble(f[3]) * 100);
                    long[] t = byRegion.computeIfAbsent(f[0], k -> new long[3]);
                    t[0]++;
                    t[1] += qty;
                    t[2] += qty * cents;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<RegionTotal> report = new ArrayList<>();
        byRegion.forEach((region, t) -> report.add(new RegionTotal(region, t[0], t[1], t[2])));
        report.sort(
                Comparator.comparingLong(RegionTotal::revenueCents).reversed().thenComparing(RegionTotal::region));
        return report;
    }
}
