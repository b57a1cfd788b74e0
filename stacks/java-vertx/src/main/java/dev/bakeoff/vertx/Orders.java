package dev.bakeoff.vertx;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The orders CSV, loaded once at start-up in both tiers' layouts (CONTRACT.md): {@code realistic}, a List of
 * immutable records walked by a loop into a HashMap, as a typical Java user writes it; {@code tuned}, the
 * same rows in primitive columns ({@link OrderColumns}). Reports are computed per request over the first
 * {@code rows} orders.
 */
final class Orders {

    record Order(String region, String product, int qty, double price) {}

    record RegionTotal(String region, long orders, long units, double revenue) {}

    private static final Comparator<RegionTotal> BY_REVENUE_DESC_THEN_REGION =
            Comparator.comparingDouble(RegionTotal::revenue).reversed()
                    .thenComparing(RegionTotal::region);

    private final List<Order> rows;
    private final OrderColumns columns;

    private Orders(List<Order> rows) {
        this.rows = rows;
        this.columns = OrderColumns.of(rows);
    }

    static Orders load(Path csv) throws IOException {
        try (Stream<String> lines = Files.lines(csv)) {
            return new Orders(lines.skip(1).filter(line -> !line.isBlank()).map(Orders::parse).toList());
        }
    }

    private static Order parse(String line) {
        String[] f = line.split(",");
        return new Order(f[0], f[1], Integer.parseInt(f[2].trim()), Double.parseDouble(f[3].trim()));
    }

    /** Keep rows with qty >= minQty among the first {@code limit}, group by region, sort by revenue desc. */
    JsonArray report(int minQty, boolean tuned, int limit) {
        int n = Math.min(limit, rows.size());
        List<RegionTotal> totals = new ArrayList<>();
        for (RegionTotal t : tuned ? columns.totals(minQty, n) : realisticTotals(minQty, n)) {
            totals.add(new RegionTotal(t.region(), t.orders(), t.units(),
                    BigDecimal.valueOf(t.revenue()).setScale(2, RoundingMode.HALF_UP).doubleValue()));
        }
        totals.sort(BY_REVENUE_DESC_THEN_REGION);
        JsonArray report = new JsonArray();
        for (RegionTotal t : totals) {
            report.add(new JsonObject().put("region", t.region()).put("orders", t.orders())
                    .put("units", t.units()).put("revenue", t.revenue()));
        }
        return report;
    }

    private List<RegionTotal> realisticTotals(int minQty, int n) {
        Map<String, Totals> byRegion = new HashMap<>();
        for (Order o : rows.subList(0, n)) {
            if (o.qty() >= minQty) {
                byRegion.computeIfAbsent(o.region(), r -> new Totals()).add(o);
            }
        }
        List<RegionTotal> totals = new ArrayList<>(byRegion.size());
        byRegion.forEach((region, t) -> totals.add(new RegionTotal(region, t.orders, t.units, t.revenue)));
        return totals;
    }

    private static final class Totals {
        long orders;
        long units;
        double revenue;

        void add(Order o) {
            orders++;
            units += o.qty();
            revenue += o.qty() * o.price();
        }
    }
}
