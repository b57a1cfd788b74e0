package dev.bakeoff.report;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/** Labels the HdrHistogram plot's x axis: the value 1/(1-p) is shown as the percentile p (10 -> 90%). */
final class PercentileFormat extends NumberFormat {
    @Override
    public StringBuffer format(double x, StringBuffer to, FieldPosition pos) {
        double p = 100.0 * (1.0 - 1.0 / x);
        int decimals = Math.max(0, (int) Math.round(Math.log10(x)) - 2);
        return to.append(String.format(Locale.ROOT, "%." + decimals + "f%%", Math.max(0, p)));
    }

    @Override
    public StringBuffer format(long x, StringBuffer to, FieldPosition pos) {
        return format((double) x, to, pos);
    }

    @Override
    public Number parse(String source, ParsePosition pos) {
        throw new UnsupportedOperationException("labels only");
    }
}
