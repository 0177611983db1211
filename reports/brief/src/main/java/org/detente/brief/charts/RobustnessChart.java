package org.detente.brief.charts;

import java.util.List;
import java.util.Map;

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
        p.add(Palette.P_ACCEPT.label(), x(viable), viable.stream().mapToDouble(Result::pAccept).toArray(),
                Series.mark(Palette.P_ACCEPT, 7));
        p.add(Palette.P_ACCEPT_NOT_VIABLE.label(), x(not),
                not.stream().mapToDouble(Result::pAccept).toArray(), Series.mark(Palette.P_ACCEPT_NOT_VIABLE, 6));
        Series eu = new Series();
        eu.add(Palette.EXPECTED_UTILITY.label(), x(viable), viable.stream().mapToDouble(Result::expectedUtility).toArray(),
                Series.mark(Palette.EXPECTED_UTILITY, 8));
        r.plan().ifPresent(plan -> {
            for (var e : List.of(Map.entry(Palette.OPENING, plan.opening()), Map.entry(Palette.TARGET, plan.target()),
                    Map.entry(Palette.LAST_OFFER, plan.lastOffer()))) {
                eu.add(e.getKey().label() + " (expected utility)", new double[] {e.getValue().ourUtility()},
                        new double[] {e.getValue().expectedUtility()}, Series.mark(e.getKey(), 15));
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
