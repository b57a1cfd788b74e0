package dev.bakeoff.report;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * The data behind one chart of a report: what the JSON carries and what {@link SvgCharts} draws. Kept
 * apart from the drawing so that the JSON and Markdown hold the same numbers as the pictures.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "kind")
sealed interface Chart permits Chart.Bars, Chart.Lines, Chart.Tornado {
    /** A file-name-safe id, unique within a report. */
    String id();

    String title();

    /** Median bars with their 95% interval as whiskers; one bar per (category, series). */
    record Bars(String id, String title, String valueLabel, List<Bar> bars) implements Chart {
        public Bars {
            bars = List.copyOf(bars);
        }
    }

    /** @param flagged the figure is not evidence (drawn, but marked in the caption) */
    record Bar(String category, String series, double median, double low, double high, boolean flagged) {}

    /**
     * Lines, optionally with an interval band. {@code xAxis} is {@code linear}, {@code log} or
     * {@code percentile} (x is 1/(1-p), the HdrHistogram plot's axis, labelled as percentiles).
     */
    record Lines(String id, String title, String xLabel, String yLabel, String xAxis, boolean logY, List<Series> series)
            implements Chart {
        public Lines {
            series = List.copyOf(series);
        }
    }

    record Series(String name, List<Point> points) {
        public Series {
            points = List.copyOf(points);
        }
    }

    /** One point; {@code low} and {@code high} equal {@code y} when there is no interval. */
    record Point(double x, double y, double low, double high) {}

    /**
     * The winner's margin over the best other option when each criterion's weight moves 10 points down
     * ({@code low}) and up ({@code high}); below zero the winner changes.
     *
     * @param base the margin at the profile's own weights
     */
    record Tornado(String id, String title, double base, List<TornadoBar> bars) implements Chart {
        public Tornado {
            bars = List.copyOf(bars);
        }
    }

    record TornadoBar(String criterion, double low, double high) {}
}
