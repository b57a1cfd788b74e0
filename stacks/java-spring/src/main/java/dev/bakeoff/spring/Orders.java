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

/** The orders CSV, loaded once at start-up into immutable records; reports are computed per request. */
@Component
class Orders {

    record Order(String region, String product, int qty, double price) {}

    record RegionReport(String region, long orders, long units, double revenue) {}

    private static final Comparator<RegionReport> BY_REVENUE_DESC_THEN_REGION =
            Comparator.comparingDouble(RegionReport::revenue).reversed()
                    .thenComparing(RegionReport::region);

    private final List<Order> rows;

    Orders(@Value("${DATASET}") Path dataset) throws IOException {
        try (Stream<String> lines = Files.lines(dataset)) {
            rows = lines.skip(1).filter(line -> !line.isBlank()).map(Orders::parse).toList();
        }
    }

    private static Order parse(String line) {
        String[] f = line.split(",");
        return new Order(f[0], f[1], Integer.parseInt(f[2].trim()), Double.parseDouble(f[3].trim()));
    }

    /** Keep rows with qty >= minQty, group by region, sort by revenue desc (ties: region asc). */
    List<RegionReport> report(int minQty) {
        Map<String, Totals> byRegion = new HashMap<>();
        for (Order o : rows) {
            if (o.qty() >= minQty) {
                byRegion.computeIfAbsent(o.region(), r -> new Totals()).add(o);
            }
        }
        List<RegionReport> report = new ArrayList<>(byRegion.size());
        byRegion.forEach((region, t) -> report.add(new RegionReport(region, t.orders, t.units,
                BigDecimal.valueOf(t.revenue).setScale(2, RoundingMode.HALF_UP).doubleValue())));
        report.sort(BY_REVENUE_DESC_THEN_REGION);
        return report;
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
