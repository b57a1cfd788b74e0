package dev.bakeoff.vertx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code tuned} tier of /data/report (CONTRACT.md): the same orders, every column kept, laid out
 * column by column in primitive arrays, with region and product dictionary-encoded as small ints. Built
 * once at start-up from the records of the {@code realistic} tier.
 */
final class OrderColumns {

    private final List<String> regions;
    private final List<String> products;
    private final short[] region;
    private final short[] product;
    private final int[] qty;
    private final double[] price;

    private OrderColumns(List<String> regions, List<String> products, short[] region, short[] product, int[] qty,
            double[] price) {
        this.regions = regions;
        this.products = products;
        this.region = region;
        this.product = product;
        this.qty = qty;
        this.price = price;
    }

    static OrderColumns of(List<Orders.Order> rows) {
        int n = rows.size();
        Dictionary regions = new Dictionary();
        Dictionary products = new Dictionary();
        short[] region = new short[n];
        short[] product = new short[n];
        int[] qty = new int[n];
        double[] price = new double[n];
        for (int i = 0; i < n; i++) {
            Orders.Order o = rows.get(i);
            region[i] = regions.code(o.region());
            product[i] = products.code(o.product());
            qty[i] = o.qty();
            price[i] = o.price();
        }
        return new OrderColumns(regions.values, products.values, region, product, qty, price);
    }

    int size() {
        return qty.length;
    }

    /** Per region over the first {@code n} rows: orders, units and revenue, as unrounded totals. */
    List<Orders.RegionTotal> totals(int minQty, int n) {
        int k = regions.size();
        long[] orders = new long[k];
        long[] units = new long[k];
        double[] revenue = new double[k];
        for (int i = 0; i < n; i++) {
            int q = qty[i];
            if (q >= minQty) {
                int r = region[i];
                orders[r]++;
                units[r] += q;
                revenue[r] += q * price[i];
            }
        }
        List<Orders.RegionTotal> out = new ArrayList<>(k);
        for (int r = 0; r < k; r++) {
            if (orders[r] > 0) {
                out.add(new Orders.RegionTotal(regions.get(r), orders[r], units[r], revenue[r]));
            }
        }
        return out;
    }

    /** Codes in first-seen order; a short holds them since the contract's columns have few distinct values. */
    private static final class Dictionary {
        final List<String> values = new ArrayList<>();
        final Map<String, Short> codes = new HashMap<>();

        short code(String value) {
            return codes.computeIfAbsent(value, v -> {
                if (values.size() == Short.MAX_VALUE) {
                    throw new IllegalStateException("more than " + Short.MAX_VALUE + " distinct values");
                }
                values.add(v);
                return (short) (values.size() - 1);
            });
        }
    }
}
