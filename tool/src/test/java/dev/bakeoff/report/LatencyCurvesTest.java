package dev.bakeoff.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class LatencyCurvesTest {
    @Test
    void plotsLatencyAgainstOneOverOneMinusPercentileAsHdrHistogramDoes() {
        Histogram h = new Histogram(3_600_000_000L, 3);
        for (int i = 1; i <= 10_000; i++) {
            h.recordValue(i);
        }
        List<Chart.Point> points = LatencyCurves.points(LatencyCurves.decode(ReportFixtures.encode(h)));
        assertThat(points).isNotEmpty();
        assertThat(points).isSortedAccordingTo((a, b) -> Double.compare(a.x(), b.x()));
        assertThat(points.getFirst().x()).isGreaterThanOrEqualTo(1.0);
        Chart.Point p90 = points.stream().filter(p -> p.x() >= 10).findFirst().orElseThrow();
        assertThat(p90.y()).isBetween(8.9, 9.2); // ms: the 90th percentile of 1..10,000 µs
        assertThat(points).allMatch(p -> Double.isFinite(p.x()));
    }

    @Test
    void labelsThePercentileAxisInPercent() {
        PercentileFormat f = new PercentileFormat();
        assertThat(f.format(1.0)).isEqualTo("0%");
        assertThat(f.format(10.0)).isEqualTo("90%");
        assertThat(f.format(100.0)).isEqualTo("99%");
        assertThat(f.format(1000.0)).isEqualTo("99.9%");
        assertThat(f.format(10000.0)).isEqualTo("99.99%");
    }
}
