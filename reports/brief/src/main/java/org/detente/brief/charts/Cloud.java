package org.detente.brief.charts;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * Thousands of small markers drawn as one filled shape: in SVG, one path element for a whole layer
 * of packages instead of one element per package (a tenth of the size).
 */
final class Cloud extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;
    private final double[] x;
    private final double[] y;
    private final Palette kind;
    private final double size;

    /** The points (NaN ones skipped), each drawn as the marker of {@code kind}, {@code size} pixels across. */
    Cloud(double[] x, double[] y, Palette kind, double size) {
        this.x = x.clone();
        this.y = y.clone();
        this.kind = kind;
        this.size = size;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        var domainEdge = plot.getDomainAxisEdge();
        var rangeEdge = plot.getRangeAxisEdge();
        Path2D.Double p = new Path2D.Double();
        Shape shape = kind.shape(size);
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i]) || Double.isNaN(y[i])) {
                continue;
            }
            double px = domainAxis.valueToJava2D(x[i], dataArea, domainEdge);
            double py = rangeAxis.valueToJava2D(y[i], dataArea, rangeEdge);
            p.append(AffineTransform.getTranslateInstance(px, py).createTransformedShape(shape), false);
        }
        g2.setPaint(kind.color());
        g2.fill(p);
    }
}
