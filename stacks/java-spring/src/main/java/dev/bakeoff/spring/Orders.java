package dev.bakeoff.spring;

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

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The orders CSV, loaded once at start-up in both tiers' layouts (CONTRACT.md): {@code realistic}, a List of
 * immutable records walked by a loop into a HashMap, as a typical Java user writes it; {@code tuned}, the
 * same rows in primitive columns ({@link OrderColumns}). Reports are computed per request over the first
 * {@code rows} orders.
 */
@Component
class Orders {

    record Order(String region, String product, int qty, double price) {}

    record RegionReport(String region, long orders, long units, double revenue) {}

    private static final Comparator<RegionReport> BY_REVENUE_DESC_THEN_REGION =
            Comparator.comparingDouble(RegionReport::revenue).reversed()
                    .thenComparing(RegionReport::region);

    private final List<Order> rows;
    private final OrderColumns columns;

    Orders(@Value("${DATASET}") Path dataset) throws IOException {
        try (Stream<String> lines = Files.lines(dataset)) {
            rows = lines.skip(1).filter(line -> !line.isBlank()).map(Orders::parse).toList();
        }
        columns = OrderColumns.of(rows);
    }

    private static Order parse(String line) {
        String[] f = line.split(",");
        return new Order(f[0], f[1], Integer.parseInt(f[2].trim()), Double.parseDouble(f[3].trim()));
    }

    /** Keep rows with qty >= minQty among the first {@code limit}, group by region, sort by revenue desc. */
    List<RegionReport> report(int minQty, boolean tuned, int limit) {
        int n = Math.min(limit, rows.size());
        List<RegionReport> totals = tuned ? columns.totals(minQty, n) : realisticTotals(minQty, n);
        List<RegionReport> report = new ArrayList<>(totals.size());
        for (RegionReport t : totals) {
            report.add(new RegionReport(t.region(), t.orders(), t.units(),
                    BigDecimal.valueOf(t.revenue()).setScale(2, RoundingMode.HALF_UP).doubleValue()));
        }
        report.sort(BY_REVENUE_DESC_THEN_REGION);
        return report;
    }

    private List<RegionReport> realisticTotals(int minQty, int n) {
        Map<String, Totals> byRegion = new HashMap<>();
        for (Order o : rows.subList(0, n)) {
            if (o.qty() >= minQty) {
                byRegion.computeIfAbsent(o.region(), r -> new Totals()).add(o);
            }
        }
        List<RegionReport> totals = new ArrayList<>(byRegion.size());
        byRegion.forEach((region, t) -> totals.add(new RegionReport(region, t.orders, t.units, t.revenue)));
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
