package org.detente.brief.charts;

import java.awt.Color;
import java.util.List;

import org.detente.analysis.RobustnessAnalysis;
import org.detente.analysis.RobustnessAnalysis.Result;
import org.detente.brief.doc.Block;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;

/** Per candidate package: the probability the counterpart accepts it and our expected utility. */
public final class RobustnessChart {
    private RobustnessChart() {
    }

    /** The chart of {@code r}'s candidates against our utility of each. */
    public static Block.Figure figure(RobustnessAnalysis r) {
        List<Result> viable = r.candidates().stream().filter(Result::viable).toList();
        List<Result> not = r.candidates().stream().filter(x -> !x.viable()).toList();
        Series p = new Series();
        p.add("P(accept), viable", x(viable), viable.stream().mapToDouble(Result::pAccept).toArray(),
                Series.dots(new Color(0x1f5f99), 7));
        p.add("P(accept), not viable (we cannot sign it or it is not ratified there)", x(not),
                not.stream().mapToDouble(Result::pAccept).toArray(), Series.dots(new Color(0xb0bac4), 6));
        Series eu = new Series();
        eu.add("expected utility", x(viable), viable.stream().mapToDouble(Result::expectedUtility).toArray(),
                Series.marker(new Color(0xe67e22), Series.diamond(8)));
        r.plan().ifPresent(plan -> {
            for (var e : List.of(java.util.Map.entry("opening", plan.opening()), java.util.Map.entry("target",
                    plan.target()), java.util.Map.entry("last offer", plan.lastOffer()))) {
                eu.add(e.getKey() + " (expected utility)", new double[] {e.getValue().ourUtility()},
                        new double[] {e.getValue().expectedUtility()},
                        Series.marker(e.getKey().equals("target") ? new Color(0xc0392b) : e.getKey().equals("opening")
                                ? new Color(0x16a085) : new Color(0x2c3e50), Series.square(12)));
            }
        });
        NumberAxis y = new NumberAxis("P(accept) (dots) · our expected utility (diamonds)");
        y.setRange(0, 1.02);
        XYPlot plot = new XYPlot(p.data(), new NumberAxis(r.us() + " utility of the package"), y, p.renderer());
        plot.setDataset(1, eu.data());
        plot.setRenderer(1, eu.renderer());
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        return new Block.Figure("robustness", "Robustness of the candidate packages", Svg.render(chart, "robustness"),
                "Each candidate package (the case's deals, the Pareto frontier, the frontier of the ratifiable"
                        + " packages) at our utility of it: the share of " + r.samples() + " counterparts sampled from "
                        + r.us() + "'s profile of " + r.counterpart() + " that accept it (dots; seed " + r.seed()
                        + ") and our expected utility RV + P·(u − RV) (diamonds), on one scale. The better a package is for us,"
                        + " the less likely it is accepted; the target is where the product peaks.");
    }

    private static double[] x(List<Result> rs) {
        return rs.stream().mapToDouble(Result::ourUtility).toArray();
    }
}
