package org.detente.brief.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import org.detente.analysis.Analysis;
import org.detente.analysis.Point;
import org.detente.analysis.RobustnessAnalysis;
import org.detente.analysis.Viability;
import org.detente.brief.doc.Block;
import org.detente.model.Deal;
import org.detente.model.NegotiationCase;
import org.detente.model.OutcomeSpace;
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
    /** Largest outcome space whose packages are drawn (above it, only the frontier and the marks). */
    public static final long DRAWN_OUTCOMES = 20_000_000;
    /** Cells per unit of utility on each axis (a cell is about three pixels wide at the chart's size). */
    static final int GRID = 250;

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
        s.add("Pareto frontier", fx, fy, Series.line(new Color(0x1f5f99), 2f, false));
        mark(s, "Nash", a.solutions().nash(), us, them, Series.marker(new Color(0xc0392b), Series.diamond(13)));
        mark(s, "Kalai–Smorodinsky", a.solutions().kalaiSmorodinsky(), us, them,
                Series.marker(new Color(0x8e44ad), Series.square(10)));
        List<Point> deals = new ArrayList<>();
        for (Deal d : c.deals()) {
            deals.add(org.detente.analysis.Analyzer.point(c, d.outcome().toArray()));
        }
        marks(s, "deals in the case", deals, us, them, Series.marker(new Color(0x7f8c8d), Series.triangle(11)));
        if (rob != null && rob.plan().isPresent()) {
            var plan = rob.plan().get();
            List<Point> p = List.of(plan.opening(), plan.target(), plan.lastOffer()).stream()
                    .map(r -> org.detente.analysis.Analyzer.point(c, r.candidate().outcome().toArray())).toList();
            mark(s, "opening", p.get(0), us, them, Series.marker(new Color(0x16a085), Series.triangle(12)));
            mark(s, "target", p.get(1), us, them, Series.marker(new Color(0xe67e22), Series.diamond(14)));
            mark(s, "last offer", p.get(2), us, them, Series.marker(new Color(0x2c3e50), Series.square(9)));
        }
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
                        + " above and to the right of both is in the ZOPA unless a red line refuses it)." + more);
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
        OutcomeSpace space = c.domain().outcomeSpace();
        if (!space.enumerable() || !space.indexable() || space.longSize() > DRAWN_OUTCOMES) {
            return "The space has " + space.size() + " packages, more than the " + DRAWN_OUTCOMES
                    + " the chart enumerates: only the frontier and the marked packages are drawn.";
        }
        int n = (int) space.longSize();
        Viability v = new Viability(c, c.party(us).name(), c.party(them).name());
        // every package falls in a cell of 1/GRID × 1/GRID utility; a cell is drawn once, in the best class it holds
        java.util.Map<Long, Integer> cells = new java.util.HashMap<>();
        int[] values = new int[c.domain().size()];
        for (int k = 0; k < n; k++) {
            space.decode(k, values);
            boolean zopa = true;
            for (Party p : c.parties()) {
                zopa &= p.utility(values) >= p.preferences().reservationValue() - 1e-12 && p.preferences().allows(values);
            }
            int layer = !zopa ? 0 : v.viable(values) ? 2 : 1;
            long key = Math.round(c.party(us).utility(values) * GRID) * 1_000_003L + Math.round(c.party(them).utility(values) * GRID);
            cells.merge(key, layer, Math::max);
        }
        double[][] x = new double[3][cells.size()];
        double[][] y = new double[3][cells.size()];
        for (double[] row : x) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        int i = 0;
        for (var e : new java.util.TreeMap<>(cells).entrySet()) {
            long key = e.getKey();
            long kx = Math.floorDiv(key + 500_001L, 1_000_003L);
            long ky = key - kx * 1_000_003L;
            x[e.getValue()][i] = kx / (double) GRID;
            y[e.getValue()][i] = ky / (double) GRID;
            i++;
        }
        String[] names = {"outside the ZOPA", "ZOPA, not ratifiable on both sides", "ZOPA, ratifiable on both sides"};
        Color[] colours = {new Color(0xc9d1d9), new Color(0x85b7e0), new Color(0x27ae60)};
        for (int layer = 0; layer < 3; layer++) {
            clouds.add(new Cloud(x[layer], y[layer], 3.5, colours[layer]));
            // the layer's extreme cells as a series: its legend entry, and the axes' range covers the cloud
            s.add(names[layer], extremes(x[layer], y[layer], true), extremes(x[layer], y[layer], false),
                    Series.marker(colours[layer], Series.square(3.5)));
        }
        return "All " + n + " packages are drawn: each square is a cell of 1/" + GRID + " × 1/" + GRID
                + " in utility holding at least one package, coloured by the best class it holds.";
    }

    private static void mark(Series s, String name, Point p, int us, int them, Series.Look look) {
        if (p != null) {
            s.add(name, new double[] {p.utility(us)}, new double[] {p.utility(them)}, look);
        }
    }

    private static void marks(Series s, String name, List<Point> ps, int us, int them, Series.Look look) {
        s.add(name, ps.stream().mapToDouble(p -> p.utility(us)).toArray(),
                ps.stream().mapToDouble(p -> p.utility(them)).toArray(), look);
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
