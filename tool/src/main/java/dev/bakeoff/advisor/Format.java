package dev.bakeoff.advisor;

import java.util.Locale;

/** Number formatting shared by the explanations, the text output and the ADR. */
final class Format {
    private Format() {}

    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return String.valueOf((long) v);
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.0f" : Math.abs(v) >= 10 ? "%.1f" : "%.2f", v);
    }

    /** A quantity for people: thousands grouped ("2,000"), small values with two significant digits. */
    static String qty(double v) {
        if (Math.abs(v) >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return num(v >= 10 ? Math.rint(v) : v);
    }

    static String pct(double share) {
        double pct = share * 100;
        return String.format(Locale.ROOT, pct > 0 && pct < 9.95 ? "%.1f%%" : "%.0f%%", pct);
    }

    static String score(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
