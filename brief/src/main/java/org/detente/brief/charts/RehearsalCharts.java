package org.detente.brief.charts;

import java.awt.Color;
import java.util.List;

import org.detente.brief.doc.Block;
import org.detente.rehearsal.plan.ConcessionCurves;
import org.detente.rehearsal.plan.PlanLadder;
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
        if (run.agent().equals("plan") && r.ladder().isPresent()) {
            PlanLadder l = r.ladder().get();
            double[] tt = new double[101];
            double[] a = new double[101];
            for (int i = 0; i <= 100; i++) {
                tt[i] = i / 100.0;
                a[i] = l.aspiration(tt[i]);
            }
            s.add("the plan's aspiration", tt, a, Series.line(new Color(0x95a5a6), 1.5f, true));
        }
        s.add("our offers, to us", t, arr(k.oursToUs()), Series.line(new Color(0x1f5f99), 2.5f, false));
        s.add("our offers, to them", t, arr(k.oursToThem()), Series.line(new Color(0x1f5f99), 1.5f, true));
        s.add("their offers, to them", t, arr(k.theirsToThem()), Series.line(new Color(0xc0392b), 2.5f, false));
        s.add("their offers, to us", t, arr(k.theirsToUs()), Series.line(new Color(0xc0392b), 1.5f, true));
        NumberAxis x = new NumberAxis("time (share of the " + r.options().rounds() + " rounds)");
        x.setRange(0, 1);
        NumberAxis y = new NumberAxis("utility");
        XYPlot plot = new XYPlot(s.data(), x, y, s.renderer());
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        String who = run.agent().equals("plan") ? "the plan" : "the Strategist";
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
        Color[] colours = {new Color(0x16a085), new Color(0x8e44ad)};
        for (int a = 0; a < r.runs().size(); a++) {
            RehearsalReport.Run run = r.runs().get(a);
            List<RehearsedSession> ok = run.sessions().stream().filter(RehearsedSession::viable).toList();
            List<RehearsedSession> bad = run.sessions().stream().filter(x -> !x.viable()).toList();
            s.add(run.agent() + ": ratifiable agreement", ours(ok), theirs(ok), Series.dots(colours[a % 2], 7));
            s.add(run.agent() + ": no deal, or not ratifiable", ours(bad), theirs(bad),
                    Series.marker(colours[a % 2], Series.triangle(7)));
        }
        XYPlot plot = new XYPlot(s.data(), new NumberAxis(r.us() + " utility"),
                new NumberAxis(r.counterpart() + " utility (as sampled)"), s.renderer());
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        return new Block.Figure("outcomes", "Where the rehearsed sessions ended", Svg.render(chart, "outcomes"),
                "One point per session: our utility and the sampled counterpart's (its reservation value where"
                        + " there was no deal). Circles are agreements both sides can ratify; triangles are no deal, or"
                        + " an agreement a ratifier would reject.");
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
