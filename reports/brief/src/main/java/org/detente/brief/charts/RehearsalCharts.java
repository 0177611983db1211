package org.detente.brief.charts;

import java.awt.Color;
import java.util.List;

import org.detente.brief.doc.Block;
import org.detente.rehearsal.plan.ConcessionCurves;
import org.detente.rehearsal.plan.PlanLadder;
import org.detente.rehearsal.plan.Rehearsal;
import org.detente.rehearsal.plan.RehearsalReport;
import org.detente.rehearsal.plan.RehearsedSession;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;

/** The charts of a rehearsal: concession curves and the outcomes reached. */
public final class RehearsalCharts {
    private RehearsalCharts() {
    }

    /** Mean concession curves of {@code run} (with the planned aspiration, when the run is the plan's). */
    public static Block.Figure concessions(RehearsalReport r, RehearsalReport.Run run) {
        ConcessionCurves k = run.curves();
        double[] t = k.times().stream().mapToDouble(Double::doubleValue).toArray();
        Series s = new Series();
        if (run.agent().equals(Rehearsal.PLAN) && r.ladder().isPresent()) {
            PlanLadder l = r.ladder().get();
            double[] tt = new double[101];
            double[] a = new double[101];
            for (int i = 0; i <= 100; i++) {
                tt[i] = i / 100.0;
                a[i] = l.aspiration(tt[i]);
            }
            s.add(Palette.ASPIRATION.label(), tt, a, Series.line(Palette.ASPIRATION, 1.5f, true));
        }
        s.add(Palette.OURS.label() + ", to us", t, arr(k.oursToUs()), Series.line(Palette.OURS, 2.5f, false));
        s.add(Palette.OURS.label() + ", to them", t, arr(k.oursToThem()), Series.line(Palette.OURS, 1.5f, true));
        s.add(Palette.THEIRS.label() + ", to them", t, arr(k.theirsToThem()), Series.line(Palette.THEIRS, 2.5f, false));
        s.add(Palette.THEIRS.label() + ", to us", t, arr(k.theirsToUs()), Series.line(Palette.THEIRS, 1.5f, true));
        NumberAxis x = new NumberAxis("time (share of the " + r.options().rounds() + " rounds)");
        x.setRange(0, 1);
        NumberAxis y = new NumberAxis("utility");
        XYPlot plot = new XYPlot(s.data(), x, y, s.renderer());
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        String who = run.agent().equals(Rehearsal.PLAN) ? "the plan" : "the Strategist";
        return new Block.Figure("concessions-" + run.agent(), "Concession curves: " + who + " against "
                + r.counterpart() + " as profiled", Svg.render(chart, "concessions-" + run.agent()),
                "Mean utility of the offers made in each twentieth of the time, over " + run.sessions().size()
                        + " sessions against counterparts sampled from the profile (concession style: " + r.style()
                        + "). Solid: each side's offers valued by itself; dashed: valued by the other side (an"
                        + " offer across the counterpart's red line counts as 0 to it). Curves stop where every"
                        + " session has ended.");
    }

    /** Our utility and the counterpart's at the end of every session, for each of our agents. */
    public static Block.Figure outcomes(RehearsalReport r) {
        Series s = new Series();
        for (RehearsalReport.Run run : r.runs()) {
            Color colour = (run.agent().equals(Rehearsal.PLAN) ? Palette.RUN_PLAN : Palette.RUN_STRATEGIST).color();
            List<RehearsedSession> ok = run.sessions().stream().filter(RehearsedSession::viable).toList();
            List<RehearsedSession> bad = run.sessions().stream().filter(x -> !x.viable()).toList();
            s.add(run.agent() + ": ratifiable agreement", ours(ok), theirs(ok),
                    new Series.Look(colour, false, Palette.Marker.CIRCLE.shape(7), 1, false));
            s.add(run.agent() + ": no deal, or not ratifiable", ours(bad), theirs(bad),
                    new Series.Look(colour, false, Palette.Marker.TRIANGLE.shape(8), 1, false));
        }
        XYPlot plot = new XYPlot(s.data(), fitted(r.us() + " utility"),
                fitted(r.counterpart() + " utility (as sampled)"), s.renderer());
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        return new Block.Figure("outcomes", "Where the rehearsed sessions ended", Svg.render(chart, "outcomes"),
                "One point per session: our utility and the sampled counterpart's (its reservation value where"
                        + " there was no deal). Circles are agreements both sides can ratify; triangles are no deal, or"
                        + " an agreement a ratifier would reject.");
    }

    /** An axis fitted to the data (zero not forced in), with a small margin, so the points use the plot's area. */
    static NumberAxis fitted(String label) {
        NumberAxis a = new NumberAxis(label);
        a.setAutoRangeIncludesZero(false);
        a.setAutoRangeMinimumSize(0.05);
        a.setLowerMargin(0.06);
        a.setUpperMargin(0.06);
        return a;
    }

    private static double[] arr(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double[] ours(List<RehearsedSession> s) {
        return s.stream().mapToDouble(RehearsedSession::ours).toArray();
    }

    private static double[] theirs(List<RehearsedSession> s) {
        return s.stream().mapToDouble(RehearsedSession::theirs).toArray();
    }
}
