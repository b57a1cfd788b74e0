package dev.bakeoff.stats;

import java.util.List;

/**
 * Least squares of t = a + b * x over points that each carry the standard error of their own value (a mean of
 * many requests). The fit itself is ordinary least squares, so that no size outweighs the others; its
 * standard errors are the sandwich (X'X)^-1 X' S X (X'X)^-1 with S the points' own variances, which stays
 * honest with two sizes (where residuals say nothing) and with unequal noise across sizes.
 */
record LinearFit(double intercept, double slope, double interceptSe, double slopeSe) {
    /** The z of a two-sided 95% interval; each point's mean is over many requests. */
    static final double Z95 = 1.959964;

    record Point(double x, double y, double se) {}

    /** Needs at least two distinct x. */
    static LinearFit of(List<Point> points) {
        int n = points.size();
        double mx = points.stream().mapToDouble(Point::x).average().orElse(Double.NaN);
        double my = points.stream().mapToDouble(Point::y).average().orElse(Double.NaN);
        double sxx = 0;
        double sxy = 0;
        for (Point p : points) {
            sxx += (p.x() - mx) * (p.x() - mx);
            sxy += (p.x() - mx) * (p.y() - my);
        }
        if (n < 2 || sxx == 0) {
            throw new IllegalArgumentException("a line needs points at two different x, got " + points);
        }
        double slope = sxy / sxx;
        double intercept = my - slope * mx;
        // Each estimate is a weighted sum of the y: slope = sum w_i y_i, intercept = sum (1/n - mx w_i) y_i.
        double varSlope = 0;
        double varIntercept = 0;
        for (Point p : points) {
            double w = (p.x() - mx) / sxx;
            double v = p.se() * p.se();
            varSlope += w * w * v;
            double u = 1.0 / n - mx * w;
            varIntercept += u * u * v;
        }
        return new LinearFit(intercept, slope, Math.sqrt(varIntercept), Math.sqrt(varSlope));
    }

    double slopeLow() {
        return slope - Z95 * slopeSe;
    }

    double slopeHigh() {
        return slope + Z95 * slopeSe;
    }

    double interceptLow() {
        return intercept - Z95 * interceptSe;
    }

    double interceptHigh() {
        return intercept + Z95 * interceptSe;
    }
}
