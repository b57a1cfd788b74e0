package dev.bakeoff.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws {@link Chart} data with JFreeChart into standalone SVG elements (JFreeSVG), ready to inline in
 * HTML or save beside Markdown. Each SVG's defs get the chart's id as prefix, so that many of them can
 * share one HTML page. Not thread-safe per instance; create one per report.
 */
final class SvgCharts {
    static final int WIDTH = 760;
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Color GRID = new Color(0xE3, 0xE6, 0xEA);
    private static final Color INK = new Color(0x33, 0x3A, 0x44);

    static {
        // Charts are drawn off-screen; a CLI or server without a display must not try to open one.
        System.setProperty("java.awt.headless", "true");
    }

    private final Palette palette;

    SvgCharts(Palette palette) {
        this.palette = palette;
    }

    String svg(Chart chart) {
        return switch (chart) {
            case Chart.Bars b -> render(b.id(), bars(b), height(b));
            case Chart.Lines l -> render(l.id(), lines(l), 340);
            case Chart.Tornado t ->
                render(t.id(), tornado(t), 90 + 34 * t.bars().size());
        };
    }

    private static int height(Chart.Bars b) {
        Set<String> categories = new LinkedHashSet<>();
        Set<String> series = new LinkedHashSet<>();
        b.bars().forEach(x -> {
            categories.add(x.category());
            series.add(x.series());
        });
        return Math.max(150, 70 + categories.size() * series.size() * 24 + categories.size() * 10);
    }

    private JFreeChart bars(Chart.Bars b) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Set<String> series = new LinkedHashSet<>();
        b.bars().forEach(x -> series.add(x.series()));
        boolean perStack = series.size() == 1;
        WhiskerBarRenderer renderer = new WhiskerBarRenderer(palette::of, perStack);
        for (Chart.Bar x : b.bars()) {
            data.addValue(x.median(), x.series(), x.category());
            renderer.interval(x.series(), x.category(), x.low(), x.high(), x.flagged());
        }
        styleBars(renderer);
        NumberAxis value = new NumberAxis(b.valueLabel());
        double top = b.bars().stream()
                .mapToDouble(x -> Math.max(x.median(), x.high()))
                .max()
                .orElse(1);
        value.setRange(0, top > 0 ? top * 1.06 : 1);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), value, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        if (!perStack) {
            series.forEach(s -> renderer.setSeriesPaint(data.getRowIndex(s), palette.of(s)));
        }
        return chart(plot, !perStack);
    }

    private JFreeChart lines(Chart.Lines l) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, l.xAxis().equals("log"));
        int i = 0;
        for (Chart.Series s : l.series()) {
            YIntervalSeries ys = new YIntervalSeries(s.name(), false, true);
            s.points().forEach(p -> ys.add(p.x(), p.y(), p.low(), p.high()));
            data.addSeries(ys);
            renderer.setSeriesPaint(i, palette.of(s.name()));
            renderer.setSeriesFillPaint(i, palette.of(s.name()));
            renderer.setSeriesStroke(i, new BasicStroke(2f));
            i++;
        }
        renderer.setAlpha(0.18f);
        ValueAxis x = xAxis(l);
        ValueAxis y = l.logY() && spansDecades(l) ? logAxis(l.yLabel(), 10, null) : new NumberAxis(l.yLabel());
        XYPlot plot = new XYPlot(data, x, y, renderer);
        return chart(plot, true);
    }

    /** A log axis only labels decades; within one or two of them a linear axis reads better. */
    private static boolean spansDecades(Chart.Lines l) {
        double min = Double.MAX_VALUE;
        double max = 0;
        for (Chart.Series s : l.series()) {
            for (Chart.Point p : s.points()) {
                min = Math.min(min, Math.max(p.low(), 1e-6));
                max = Math.max(max, p.high());
            }
        }
        return max / min >= 30;
    }

    private static ValueAxis xAxis(Chart.Lines l) {
        return switch (l.xAxis()) {
            case "percentile" -> logAxis(l.xLabel(), 10, new PercentileFormat());
            case "log" -> logAxis(l.xLabel(), 2, new java.text.DecimalFormat("0"));
            default -> new NumberAxis(l.xLabel());
        };
    }

    private static LogAxis logAxis(String label, double base, java.text.NumberFormat format) {
        LogAxis axis = new LogAxis(label);
        axis.setBase(base);
        axis.setSmallestValue(base == 10 ? 0.001 : 1);
        axis.setTickUnit(new NumberTickUnit(1));
        axis.setMinorTickMarksVisible(false);
        axis.setNumberFormatOverride(format != null ? format : new java.text.DecimalFormat("#,##0.###"));
        return axis;
    }

    private JFreeChart tornado(Chart.Tornado t) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Chart.TornadoBar bar : t.bars()) {
            data.addValue(bar.low(), "weight 10 points lower", bar.criterion());
            data.addValue(bar.high(), "weight 10 points higher", bar.criterion());
        }
        BarRenderer renderer = new BarRenderer();
        renderer.setBase(t.base());
        renderer.setIncludeBaseInRange(true);
        styleBars(renderer);
        renderer.setSeriesPaint(0, new Color(0xD5, 0x5E, 0x00));
        renderer.setSeriesPaint(1, new Color(0x00, 0x72, 0xB2));
        CategoryPlot plot = new CategoryPlot(
                data, new CategoryAxis(), new NumberAxis("winner's margin over the runner-up"), renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        ValueMarker flip = new ValueMarker(0, new Color(0xB0, 0x00, 0x20), new BasicStroke(1.5f));
        flip.setLabel("winner changes below 0");
        flip.setLabelFont(SMALL);
        flip.setLabelPaint(new Color(0xB0, 0x00, 0x20));
        flip.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        flip.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.BOTTOM_RIGHT);
        flip.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_LEFT);
        plot.addRangeMarker(flip);
        plot.addRangeMarker(new ValueMarker(t.base(), INK, new BasicStroke(1f)));
        return chart(plot, true);
    }

    private static void styleBars(BarRenderer renderer) {
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setMaximumBarWidth(0.6);
        renderer.setItemMargin(0.05);
    }

    private static JFreeChart chart(org.jfree.chart.plot.Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(null, TEXT, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        if (plot instanceof CategoryPlot c) {
            c.setRangeGridlinePaint(GRID);
            c.setRangeGridlineStroke(new BasicStroke(1f));
            style(c.getDomainAxis());
            style(c.getRangeAxis());
            c.getDomainAxis().setCategoryMargin(0.15);
            c.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.4f);
        } else if (plot instanceof XYPlot x) {
            x.setDomainGridlinePaint(GRID);
            x.setRangeGridlinePaint(GRID);
            x.setDomainGridlineStroke(new BasicStroke(1f));
            x.setRangeGridlineStroke(new BasicStroke(1f));
            style(x.getDomainAxis());
            style(x.getRangeAxis());
        }
        LegendTitle l = chart.getLegend();
        if (l != null) {
            l.setItemFont(TEXT);
            l.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            l.setPosition(RectangleEdge.TOP);
        }
        return chart;
    }

    private static void style(org.jfree.chart.axis.Axis axis) {
        axis.setLabelFont(TEXT);
        axis.setLabelPaint(INK);
        axis.setTickLabelFont(SMALL);
        axis.setTickLabelPaint(INK);
        axis.setAxisLinePaint(GRID);
        axis.setTickMarkPaint(GRID);
    }

    private static String render(String id, JFreeChart chart, int height) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, height);
        g.setDefsKeyPrefix(id + "-");
        g.setFontFunction(family -> "system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif");
        chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, height));
        return g.getSVGElement("chart-" + id, false, new org.jfree.svg.ViewBox(0, 0, WIDTH, height), null, null);
    }
}
