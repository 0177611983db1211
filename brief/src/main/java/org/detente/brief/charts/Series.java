package org.detente.brief.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.util.ArrayList;
import java.util.List;

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

    /** Adds a series of points (x, y), NaN points skipped (they leave a gap in a line); empty series are dropped. */
    Series add(String name, double[] x, double[] y, Look look) {
        XYSeries s = new XYSeries(name, false, true);
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                s.add(x[i], y[i]);
            }
        }
        if (s.getItemCount() > 0) {
            data.addSeries(s);
            looks.add(look);
        }
        return this;
    }

    XYSeriesCollection data() {
        return data;
    }

    XYLineAndShapeRenderer renderer() {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
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
}
