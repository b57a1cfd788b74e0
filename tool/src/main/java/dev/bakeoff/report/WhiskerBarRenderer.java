package dev.bakeoff.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;

/**
 * JFreeChart's bar renderer plus a whisker from each bar's 95% interval low to high. JFreeChart's own
 * statistical renderer only draws symmetric mean ± deviation; bootstrap intervals are not symmetric.
 * Colours follow a key function so that a stack has the same colour in every chart.
 */
final class WhiskerBarRenderer extends BarRenderer {
    private static final Color WHISKER = new Color(0x22, 0x22, 0x22);

    private final Map<String, double[]> intervals = new HashMap<>();
    private final Map<String, Boolean> flagged = new HashMap<>();
    private final Function<String, Paint> colours;
    private final boolean colourByCategory;

    WhiskerBarRenderer(Function<String, Paint> colours, boolean colourByCategory) {
        this.colours = colours;
        this.colourByCategory = colourByCategory;
    }

    void interval(String series, String category, double low, double high, boolean isFlagged) {
        intervals.put(series + "\u0000" + category, new double[] {low, high});
        flagged.put(series + "\u0000" + category, isFlagged);
    }

    @Override
    public Paint getItemPaint(int row, int column) {
        CategoryDataset d = getPlot().getDataset();
        String series = (String) d.getRowKey(row);
        String category = (String) d.getColumnKey(column);
        Paint p = colours.apply(colourByCategory ? category : series);
        if (Boolean.TRUE.equals(flagged.get(series + "\u0000" + category)) && p instanceof Color c) {
            return new Color(c.getRed(), c.getGreen(), c.getBlue(), 70);
        }
        return p;
    }

    @Override
    public void drawItem(
            Graphics2D g2,
            CategoryItemRendererState state,
            Rectangle2D dataArea,
            CategoryPlot plot,
            CategoryAxis domainAxis,
            ValueAxis rangeAxis,
            CategoryDataset dataset,
            int row,
            int column,
            int pass) {
        super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
        double[] iv = intervals.get(dataset.getRowKey(row) + "\u0000" + dataset.getColumnKey(column));
        if (pass != 0 || iv == null || iv[0] == iv[1] || dataset.getValue(row, column) == null) {
            return;
        }
        PlotOrientation orientation = plot.getOrientation();
        double w0 = calculateBarW0(plot, orientation, dataArea, domainAxis, state, row, column);
        double mid = w0 + state.getBarWidth() / 2;
        double cap = Math.min(6, state.getBarWidth() / 4);
        RectangleEdge edge = plot.getRangeAxisEdge();
        double lo = rangeAxis.valueToJava2D(iv[0], dataArea, edge);
        double hi = rangeAxis.valueToJava2D(iv[1], dataArea, edge);
        g2.setPaint(WHISKER);
        g2.setStroke(new BasicStroke(1.2f));
        if (orientation == PlotOrientation.HORIZONTAL) {
            g2.draw(new Line2D.Double(lo, mid, hi, mid));
            g2.draw(new Line2D.Double(lo, mid - cap, lo, mid + cap));
            g2.draw(new Line2D.Double(hi, mid - cap, hi, mid + cap));
        } else {
            g2.draw(new Line2D.Double(mid, lo, mid, hi));
            g2.draw(new Line2D.Double(mid - cap, lo, mid + cap, lo));
            g2.draw(new Line2D.Double(mid - cap, hi, mid + cap, hi));
        }
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
