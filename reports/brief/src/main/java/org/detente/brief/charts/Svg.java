package org.detente.brief.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/** Draws a JFreeChart into an SVG element (JFreeSVG), with the brief's common styling. */
final class Svg {
    static final int WIDTH = 880;
    static final int HEIGHT = 520;
    static final Color INK = new Color(0x1d2733);
    static final Color GRID = new Color(0xd6dde5);

    private Svg() {
    }

    /**
     * The chart as an {@code <svg>} element with a view box (it scales to its container) and the
     * given id, whose definitions are prefixed by it (several charts can share one page).
     */
    static String render(JFreeChart chart, String id) {
        style(chart);
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        g.setDefsKeyPrefix(id + "-");
        // a tenth of a pixel is precision enough, and keeps the files small
        g.setGeomDoubleConverter(Svg::tenth);
        g.setTransformDoubleConverter(Svg::tenth);
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g.getSVGElement(id, true, new ViewBox(0, 0, WIDTH, HEIGHT), null, null);
    }

    private static String tenth(double d) {
        double r = Math.round(d * 10) / 10.0;
        return r == Math.rint(r) && Math.abs(r) < 1e9 ? Long.toString((long) r) : Double.toString(r);
    }

    private static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(new Font("SansSerif", Font.BOLD, 15));
        }
        if (chart.getPlot() instanceof XYPlot p) {
            p.setBackgroundPaint(Color.WHITE);
            p.setDomainGridlinePaint(GRID);
            p.setRangeGridlinePaint(GRID);
            p.setOutlinePaint(GRID);
            // series drawn in the order added: the marks, added last, are never hidden under a cloud or a line
            p.setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD);
            p.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        }
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(new Font("SansSerif", Font.PLAIN, 12));
            chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
    }
}
