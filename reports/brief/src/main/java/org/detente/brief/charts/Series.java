package org.detente.brief.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.data.xy.XYDataset;
import org.jfree.svg.SVGHints;

import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Builds an XY dataset and its renderer series by series, each with its own look. */
final class Series {
    /** How a series is drawn. */
    record Look(Color color, boolean lines, Shape shape, float width, boolean dashed) {
    }

    static Look mark(Palette kind, double size) {
        return new Look(kind.color(), false, kind.shape(size), 1, false);
    }

    static Look line(Palette kind, float width, boolean dashed) {
        return new Look(kind.color(), true, null, width, dashed);
    }

    static Look line(Color c, float width, boolean dashed) {
        return new Look(c, true, null, width, dashed);
    }

    private final XYSeriesCollection data = new XYSeriesCollection();
    private final List<Look> looks = new ArrayList<>();
    private final List<List<String>> titles = new ArrayList<>();

    /** Adds a series of points (x, y), NaN points skipped (they leave a gap in a line); empty series are dropped. */
    Series add(String name, double[] x, double[] y, Look look) {
        return add(name, x, y, look, null);
    }

    /**
     * Adds a series of points with a title each (shown when the pointer rests on the marker, in a
     * browser), or none when {@code title} is null.
     */
    Series add(String name, double[] x, double[] y, Look look, String[] title) {
        XYSeries s = new XYSeries(name, false, true);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                s.add(x[i], y[i]);
                kept.add(title == null ? null : title[i]);
            }
        }
        if (s.getItemCount() > 0) {
            data.addSeries(s);
            looks.add(look);
            titles.add(kept);
        }
        return this;
    }

    XYSeriesCollection data() {
        return data;
    }

    XYLineAndShapeRenderer renderer() {
        XYLineAndShapeRenderer r = new Titled(titles);
        for (int k = 0; k < looks.size(); k++) {
            Look l = looks.get(k);
            r.setSeriesPaint(k, l.color());
            r.setSeriesLinesVisible(k, l.lines());
            r.setSeriesShapesVisible(k, l.shape() != null);
            if (l.shape() != null) {
                r.setSeriesShape(k, l.shape());
            }
            r.setSeriesStroke(k, l.dashed()
                    ? new BasicStroke(l.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1, new float[] {6, 4}, 0)
                    : new BasicStroke(l.width()));
        }
        return r;
    }

    /** Draws each marker that has a title in an SVG group holding the title. */
    private static final class Titled extends XYLineAndShapeRenderer {
        private static final long serialVersionUID = 1L;
        private final transient List<List<String>> titles;

        Titled(List<List<String>> titles) {
            this.titles = titles;
        }

        @Override
        public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
                             XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series,
                             int item, CrosshairState crosshairState, int pass) {
            String title = isItemPass(pass) && getItemShapeVisible(series, item) ? titles.get(series).get(item) : null;
            if (title != null) {
                g2.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, Map.of("class", "mark"));
                g2.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, title);
            }
            super.drawItem(g2, state, dataArea, info, plot, domainAxis, rangeAxis, dataset, series, item, crosshairState, pass);
            if (title != null) {
                g2.setRenderingHint(SVGHints.KEY_END_GROUP, "mark");
            }
        }
    }
}
