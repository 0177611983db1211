package org.detente.brief.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import org.detente.analysis.Analysis;
import org.detente.analysis.Analyzer;
import org.detente.analysis.Point;
import org.detente.analysis.RobustnessAnalysis;
import org.detente.brief.doc.Block;
import org.detente.model.Deal;
import org.detente.model.NegotiationCase;
import org.detente.model.Party;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;

/**
 * The agreement space: every package as a point (our utility, the counterpart's stated utility),
 * the ZOPA and the packages ratifiable on both sides set apart, the Pareto frontier, both
 * reservation values, the Nash and Kalai–Smorodinsky points, the case's deals and the plan.
 */
public final class FrontierChart {
    private FrontierChart() {
    }

    /**
     * The chart.
     *
     * @param c    the case
     * @param a    its analysis
     * @param us   our party's index
     * @param them the counterpart's index
     * @param rob  the robustness analysis, for the plan (may be null)
     */
    public static Block.Figure figure(NegotiationCase c, Analysis a, int us, int them, RobustnessAnalysis rob) {
        Series s = new Series();
        List<Cloud> clouds = new ArrayList<>();
        String caption = points(s, clouds, c, us, them);
        int n = a.frontier().size();
        double[] fx = new double[n];
        double[] fy = new double[n];
        for (int i = 0; i < n; i++) {
            fx[i] = a.frontier().get(i).utility(us);
            fy[i] = a.frontier().get(i).utility(them);
        }
        s.add(Palette.FRONTIER.label(), fx, fy, Series.line(Palette.FRONTIER, 2f, false));
        Marks m = new Marks(c, s, us, them);
        m.add(Palette.NASH, 13, a.solutions().nash().orElse(null));
        m.add(Palette.KALAI_SMORODINSKY, 10, a.solutions().kalaiSmorodinsky().orElse(null));
        List<Point> deals = new ArrayList<>();
        for (Deal d : c.deals()) {
            deals.add(Analyzer.point(c, d.outcome().toArray()));
        }
        m.add(Palette.DEAL, 11, deals.toArray(Point[]::new));
        if (rob != null && rob.plan().isPresent()) {
            var plan = rob.plan().get();
            m.add(Palette.OPENING, 12, Analyzer.point(c, plan.opening().candidate().outcome().toArray()));
            m.add(Palette.TARGET, 15, Analyzer.point(c, plan.target().candidate().outcome().toArray()));
            m.add(Palette.LAST_OFFER, 10, Analyzer.point(c, plan.lastOffer().candidate().outcome().toArray()));
        }
        String crossed = m.flush();
        String x = c.party(us).name() + " utility";
        String y = c.party(them).name() + " utility (stated)";
        XYPlot plot = new XYPlot(s.data(), new NumberAxis(x), new NumberAxis(y), s.renderer());
        clouds.forEach(k -> plot.getRenderer().addAnnotation(k, org.jfree.chart.ui.Layer.BACKGROUND));
        ValueMarker ours = rv(c.party(us), "RV " + c.party(us).name());
        ours.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        ours.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_LEFT);
        plot.addDomainMarker(ours);
        ValueMarker theirs = rv(c.party(them), "RV " + c.party(them).name());
        theirs.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.BOTTOM_RIGHT);
        theirs.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_RIGHT);
        plot.addRangeMarker(theirs);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        String more = c.parties().size() > 2 ? " The case has " + c.parties().size()
                + " parties: this is the projection on the two named here." : "";
        return new Block.Figure("frontier", "The agreement space: frontier and ZOPA", Svg.render(chart, "frontier"),
                caption + " The line is the Pareto frontier; the dashed lines are the reservation values (a package"
                        + " above and to the right of both is in the ZOPA unless a red line refuses it)." + crossed + more);
    }

    /**
     * The marked packages: each in its meaning's series, except those a red line refuses, which
     * all go to one series of crosses (never drawn as a possible agreement) and are named in the caption.
     */
    private static final class Marks {
        private final NegotiationCase c;
        private final Series s;
        private final int us;
        private final int them;
        private final List<Point> crossing = new ArrayList<>();
        private final List<String> named = new ArrayList<>();
        private final List<String> crossingTitles = new ArrayList<>();

        Marks(NegotiationCase c, Series s, int us, int them) {
            this.c = c;
            this.s = s;
            this.us = us;
            this.them = them;
        }

        void add(Palette kind, double size, Point... points) {
            List<Point> within = new ArrayList<>();
            List<String> titles = new ArrayList<>();
            for (Point p : points) {
                if (p == null) {
                    continue;
                }
                int[] values = p.outcome().toArray();
                if (PackageCloud.withinRedLines(c, values)) {
                    within.add(p);
                    titles.add(kind.label() + " — " + describe(p));
                } else {
                    crossing.add(p);
                    named.add(kind.label());
                    crossingTitles.add(kind.label() + ", across the red line of " + String.join(", ", c.parties().stream()
                            .filter(q -> !q.preferences().allows(values)).map(Party::name).toList()) + " — " + describe(p));
                }
            }
            s.add(kind.label(), xs(within, us), xs(within, them), Series.mark(kind, size), titles.toArray(String[]::new));
        }

        /** A package for a marker's title: both sides' utilities, then every issue's value. */
        private String describe(Point p) {
            StringBuilder b = new StringBuilder();
            b.append(c.party(us).name()).append(' ').append(String.format(java.util.Locale.ROOT, "%.4f", p.utility(us)))
                    .append(" · ").append(c.party(them).name()).append(' ')
                    .append(String.format(java.util.Locale.ROOT, "%.4f", p.utility(them))).append(" —");
            c.domain().labels(p.outcome()).forEach((issue, value) -> b.append(' ').append(issue).append('=').append(value).append(';'));
            return b.substring(0, b.length() - 1);
        }

        /** Adds the series of crossing packages; the caption's sentence about them ("" when none). */
        String flush() {
            s.add(String.join(", ", named) + ": crosses a red line", xs(crossing, us), xs(crossing, them),
                    Series.mark(Palette.CROSSES_RED_LINE, 12), crossingTitles.toArray(String[]::new));
            return named.isEmpty() ? "" : " Crossing a red line, drawn as crosses and not a possible agreement: "
                    + String.join(", ", named) + ".";
        }

        private static double[] xs(List<Point> ps, int party) {
            return ps.stream().mapToDouble(p -> p.utility(party)).toArray();
        }
    }

    /** The x (or y) coordinates of the points of least and greatest x and y. */
    private static double[] extremes(double[] x, double[] y, boolean wantX) {
        int[] at = {-1, -1, -1, -1};
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i])) {
                continue;
            }
            if (at[0] < 0 || x[i] < x[at[0]]) {
                at[0] = i;
            }
            if (at[1] < 0 || x[i] > x[at[1]]) {
                at[1] = i;
            }
            if (at[2] < 0 || y[i] < y[at[2]]) {
                at[2] = i;
            }
            if (at[3] < 0 || y[i] > y[at[3]]) {
                at[3] = i;
            }
        }
        return java.util.Arrays.stream(at).filter(i -> i >= 0).mapToDouble(i -> wantX ? x[i] : y[i]).toArray();
    }

    private static String points(Series s, List<Cloud> clouds, NegotiationCase c, int us, int them) {
        var cloud = PackageCloud.of(c, us, them);
        if (cloud.isEmpty()) {
            return "The space has " + c.domain().outcomeSpace().size() + " packages, more than the "
                    + PackageCloud.DRAWN_OUTCOMES + " the chart enumerates: only the frontier and the marked packages are drawn.";
        }
        for (PackageCloud.Layer l : cloud.get().layers()) {
            double size = l.kind() == Palette.CROSSES_RED_LINE ? 4.5 : 3.5;
            clouds.add(new Cloud(l.x(), l.y(), l.kind(), size));
            // the layer's extreme cells as a series: its legend entry, and the axes' range covers the cloud
            s.add(l.kind().label(), extremes(l.x(), l.y(), true), extremes(l.x(), l.y(), false),
                    Series.mark(l.kind(), size));
        }
        return "All " + cloud.get().packages() + " packages are drawn: each square is a cell of 1/" + PackageCloud.GRID
                + " × 1/" + PackageCloud.GRID + " in utility holding at least one package, coloured by the best class"
                + " it holds; a cell holding only packages that cross a red line is light red.";
    }

    static ValueMarker rv(Party p, String label) {
        ValueMarker m = new ValueMarker(p.preferences().reservationValue(), new Color(0x7f8c8d),
                new java.awt.BasicStroke(1.2f, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_ROUND, 1,
                        new float[] {5, 4}, 0));
        m.setLabel(label);
        m.setLabelFont(new java.awt.Font("SansSerif", java.awt.Font.PLAIN, 11));
        m.setLabelPaint(Svg.INK);
        m.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        m.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(4, 6, 4, 6));
        return m;
    }
}
