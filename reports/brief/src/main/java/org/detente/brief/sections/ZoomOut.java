package org.detente.brief.sections;

import java.util.ArrayList;
import java.util.List;

import org.detente.analysis.Analysis;
import org.detente.analysis.Analyzer;
import org.detente.analysis.Point;
import org.detente.analysis.ValueLeft;
import org.detente.brief.Brief;
import org.detente.brief.charts.FrontierChart;
import org.detente.brief.doc.Block;
import org.detente.brief.doc.Document;
import org.detente.model.Deal;
import org.detente.model.Domain;
import org.detente.model.LinearAdditiveUtility;
import org.detente.model.NegotiationCase;
import org.detente.model.Party;

/** Zoom out: each side's interests and priorities, the alternatives, the agreement space, the status quo. */
final class ZoomOut {
    private ZoomOut() {
    }

    static Document.Section section(Brief b) {
        NegotiationCase c = b.negotiationCase();
        Analysis a = b.preparation().analysis();
        Domain d = c.domain();
        int us = c.partyIndex(b.preparation().us());
        int them = c.partyIndex(b.preparation().counterpart());
        List<Block> out = new ArrayList<>();
        if (!c.description().isBlank()) {
            out.add(new Block.Paragraph(c.description().strip()));
        }
        out.add(new Block.Subheading("Interests and priorities"));
        out.add(new Block.Paragraph("How much each side weighs each issue, and the value it likes best on it."));
        out.add(priorities(c));
        out.add(new Block.Subheading("Alternatives (BATNAs) and red lines"));
        List<Block.Fact> alt = new ArrayList<>();
        for (Party p : c.parties()) {
            alt.add(new Block.Fact(p.name(), "reservation value " + Fmt.u(p.preferences().reservationValue())
                    + " (the utility of its best alternative to a deal); red lines: "
                    + Fmt.redLines(d, p.preferences().redLines())));
        }
        out.add(new Block.Facts(alt));
        out.add(new Block.Subheading("The agreement space"));
        out.add(new Block.Facts(List.of(
                new Block.Fact("packages", Fmt.count(a.outcomes()) + (a.agreementOutcomes().equals(a.outcomes()) ? ""
                        : ", of which " + Fmt.count(a.agreementOutcomes()) + " cross no red line")),
                new Block.Fact("ZOPA", a.zopa().fold(z -> Fmt.count(z.size()) + " packages every side prefers"
                        + " to its alternative (" + Fmt.pct(z.share()) + " of the space; " + z.method() + ")", why -> why)),
                new Block.Fact("Pareto frontier", a.frontier().size() + " points (" + a.frontierMethodText() + ")"),
                new Block.Fact("opposition", Fmt.u(a.opposition())
                        + " (GENIUS: the smallest distance of any package to the ideal point; 0 = no conflict)"))));
        out.add(solutions(c, a));
        out.add(FrontierChart.figure(c, a, us, them, b.preparation().robustness().orElse(null)));
        out.add(new Block.Subheading("What the status quo leaves on the table"));
        if (c.deals().isEmpty()) {
            out.add(new Block.Paragraph("The case names no deal (status quo, past agreement or proposal) to examine."));
        }
        for (Deal deal : c.deals()) {
            ValueLeft v = Analyzer.valueLeft(c, a, deal.outcome());
            String head = "\"" + deal.name() + "\" — " + Fmt.pkg(d, deal.outcome()) + ". Utilities: "
                    + utilities(c, v.outcome()) + ". " + (v.possible() ? "" : "Not a possible agreement: it crosses "
                    + v.crossesRedLines().stream().map(x -> x.party() + "'s red line (" + x.redLine()
                            .describe(d.issue(d.indexOf(x.issue()))) + ")").collect(java.util.stream.Collectors
                            .joining(" and ")) + ". ");
            if (v.onFrontier()) {
                out.add(new Block.Paragraph(head + "It is on the Pareto frontier: nothing is left on the table."));
            } else if (v.improvements().isEmpty()) {
                out.add(new Block.Paragraph(head + "Distance to the frontier " + Fmt.u(v.distanceToFrontier())
                        + "; no package is better for every side."));
            } else {
                Point best = v.improvements().get(0);
                out.add(new Block.Paragraph(head + "Distance to the frontier " + Fmt.u(v.distanceToFrontier()) + "; "
                        + v.improvements().size() + " frontier packages are better for every side. The best of them"
                        + " (largest smallest gain): " + Fmt.pkg(d, best.outcome()) + " — " + utilities(c, best) + "."));
            }
        }
        return new Document.Section("zoom-out", "Zoom out", out);
    }

    private static Block.Table priorities(NegotiationCase c) {
        List<String> h = new ArrayList<>(List.of("issue", "values"));
        for (Party p : c.parties()) {
            h.add(p.name() + ": weight");
            h.add(p.name() + ": best");
        }
        List<List<String>> rows = new ArrayList<>();
        Domain d = c.domain();
        for (int i = 0; i < d.size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(d.issue(i).name());
            row.add(d.issue(i).enumerable() ? Long.toString(d.issue(i).cardinality()) : "continuous");
            for (Party p : c.parties()) {
                if (p.preferences().utility() instanceof LinearAdditiveUtility lin && d.issue(i).enumerable()) {
                    row.add(Fmt.u(lin.weight(i)));
                    int best = 0;
                    for (int v = 1; v < d.issue(i).cardinality(); v++) {
                        if (lin.evaluation(i, v) > lin.evaluation(i, best)) {
                            best = v;
                        }
                    }
                    row.add(d.issue(i).label(best));
                } else {
                    row.add("—");
                    row.add("not linear additive");
                }
            }
            rows.add(row);
        }
        return new Block.Table(h, rows);
    }

    private static Block.Table solutions(NegotiationCase c, Analysis a) {
        List<String> h = new ArrayList<>(List.of("solution"));
        h.addAll(c.partyNames());
        h.add("package");
        List<List<String>> rows = new ArrayList<>();
        var s = a.solutions();
        String[] names = {"Nash", "Kalai–Smorodinsky", "egalitarian", "max welfare"};
        Point[] points = {s.nash().orElse(null), s.kalaiSmorodinsky().orElse(null), s.egalitarian().orElse(null),
                s.maxWelfare().orElse(null)};
        for (int k = 0; k < names.length; k++) {
            List<String> row = new ArrayList<>(List.of(names[k]));
            for (int p = 0; p < c.parties().size(); p++) {
                row.add(points[k] == null ? "—" : Fmt.u(points[k].utility(p)));
            }
            row.add(points[k] == null ? "none: no package is individually rational" : Fmt.pkg(c.domain(), points[k].outcome()));
            rows.add(row);
        }
        return new Block.Table(h, rows);
    }

    static String utilities(NegotiationCase c, Point p) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < c.parties().size(); i++) {
            parts.add(c.party(i).name() + " " + Fmt.u(p.utility(i)));
        }
        return String.join(", ", parts);
    }
}
