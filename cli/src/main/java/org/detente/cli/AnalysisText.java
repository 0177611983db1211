package org.detente.cli;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.detente.analysis.Analysis;
import org.detente.analysis.Point;
import org.detente.analysis.Solutions;
import org.detente.analysis.TradeOff;
import org.detente.analysis.ValueLeft;
import org.detente.model.Domain;
import org.detente.report.DealReport;

/** The human-readable report of {@code detente analyze}. */
final class AnalysisText {
    private AnalysisText() {
    }

    /**
     * @param limit how many frontier points and trade-offs to print (the rest is announced with a
     *              count, never dropped silently); Integer.MAX_VALUE for all
     */
    static String render(String caseName, Domain domain, Analysis a, List<DealReport> deals, int limit) {
        var sb = new StringBuilder();
        List<String> parties = a.parties();
        sb.append("Case: ").append(caseName).append('\n');
        sb.append("Parties: ").append(String.join(", ", parties)).append('\n');
        sb.append(TextTable.paragraph("Issues: " + domain.size() + " — ", domain.issues().stream()
                .map(i -> i.name() + " (" + i.cardinality() + ")").collect(Collectors.joining(", ")), "  "));
        sb.append("Outcomes: ").append(Numbers.count(a.outcomes()));
        if (!a.agreementOutcomes().equals(a.outcomes())) {
            sb.append(", of which ").append(Numbers.count(a.agreementOutcomes())).append(" respect every red line");
        }
        sb.append('\n');
        sb.append("Reservation values: ");
        for (int p = 0; p < parties.size(); p++) {
            sb.append(p == 0 ? "" : ", ").append(parties.get(p)).append(' ').append(Numbers.utility(a.reservation().get(p)));
        }
        sb.append('\n');
        sb.append("ZOPA: ");
        if (a.zopa().known()) {
            sb.append(Numbers.count(a.zopa().size())).append(" outcomes, ").append(Numbers.percent(a.zopa().share()))
                    .append(" of the space (").append(a.zopa().method()).append(")\n");
        } else {
            sb.append(a.zopa().method()).append('\n');
        }
        sb.append('\n');

        sb.append("Pareto frontier: ").append(a.frontier().size()).append(" points — ").append(a.frontierMethod())
                .append('\n');
        sb.append(points(domain, parties, a.frontier(), limit, null));
        if (a.frontier().size() > limit) {
            sb.append("  … ").append(a.frontier().size() - limit)
                    .append(" more points not shown (--all shows every point; --json gives them all)\n");
        }
        sb.append('\n');

        Solutions s = a.solutions();
        sb.append("Solutions (over outcomes every party prefers to its alternative)\n");
        var t = new TextTable(header(parties, "solution"));
        solution(t, "Nash", s.nash(), domain, parties.size());
        solution(t, "Kalai–Smorodinsky", s.kalaiSmorodinsky(), domain, parties.size());
        solution(t, "Egalitarian", s.egalitarian(), domain, parties.size());
        solution(t, "Max welfare", s.maxWelfare(), domain, parties.size());
        solution(t, "GENIUS \"Kalai\" (min |ui−uj|)", s.geniusKalai(), domain, parties.size());
        sb.append(t.render("  "));
        sb.append('\n');
        sb.append(TextTable.paragraph("Opposition: ", Numbers.utility(a.opposition())
                + " (GENIUS: smallest distance of any outcome to the ideal point); ANL league: "
                + Numbers.utility(a.anlOpposition()) + " (distance of the GENIUS Kalai point to the ideal)", "  "))
                .append('\n');

        for (DealReport d : deals) {
            deal(sb, domain, parties, d, limit);
        }

        if (a.tradeOffs().isEmpty()) {
            sb.append("Trade-offs: none listed (they need linear additive preferences, and a move that gives the "
                    + "others something)\n");
        } else {
            sb.append("Trade-offs — low cost to the giver, high value to the others (").append(a.tradeOffs().size())
                    .append(" moves)\n");
            var tt = new TextTable("giver", "issue", "from → to", "cost", "gain to others", "ratio");
            int shown = 0;
            for (TradeOff x : a.tradeOffs()) {
                if (shown++ == limit) {
                    break;
                }
                tt.row(parties.get(x.giver()), x.issue(), x.from() + " → " + x.to(), Numbers.utility(x.cost()),
                        Numbers.utility(x.gainToOthers()),
                        Double.isInfinite(x.ratio()) ? "free" : String.format(java.util.Locale.ROOT, "%.2f", x.ratio()));
            }
            sb.append(tt.render("  "));
            if (a.tradeOffs().size() > limit) {
                sb.append("  … ").append(a.tradeOffs().size() - limit).append(" more moves (--all or --json)\n");
            }
        }
        return sb.toString();
    }

    private static void deal(StringBuilder sb, Domain domain, List<String> parties, DealReport d, int limit) {
        ValueLeft v = d.valueLeft();
        sb.append(TextTable.paragraph("Deal \"" + d.name() + "\": ", label(domain, v.outcome()), "  "));
        if (!d.note().isBlank()) {
            sb.append(TextTable.paragraph("  ", d.note().strip(), "  "));
        }
        sb.append("  utilities: ");
        for (int p = 0; p < parties.size(); p++) {
            sb.append(p == 0 ? "" : ", ").append(parties.get(p)).append(' ').append(Numbers.utility(v.outcome().utility(p)));
        }
        sb.append("; distance to the frontier ").append(Numbers.utility(v.distanceToFrontier()))
                .append(v.onFrontier() ? " (on the frontier: nothing left on the table)" : "").append('\n');
        if (v.improvements().isEmpty()) {
            sb.append(v.onFrontier() ? "" : "  No outcome is better for every party.\n").append('\n');
            return;
        }
        sb.append("  ").append(v.improvements().size()).append(" packages are better for every party; the best first:\n");
        sb.append(points(domain, parties, v.improvements(), limit, null));
        if (v.improvements().size() > limit) {
            sb.append("  … ").append(v.improvements().size() - limit).append(" more (--all or --json)\n");
        }
        sb.append('\n');
    }

    private static String[] header(List<String> parties, String first) {
        String[] h = new String[parties.size() + 2];
        h[0] = first;
        for (int p = 0; p < parties.size(); p++) {
            h[p + 1] = parties.get(p);
        }
        h[h.length - 1] = "package";
        return h;
    }

    private static String points(Domain domain, List<String> parties, List<Point> points, int limit, String none) {
        var t = new TextTable(header(parties, "#"));
        int k = 0;
        for (Point p : points) {
            if (k == limit) {
                break;
            }
            String[] row = new String[parties.size() + 2];
            row[0] = Integer.toString(++k);
            for (int i = 0; i < parties.size(); i++) {
                row[i + 1] = Numbers.utility(p.utility(i));
            }
            row[row.length - 1] = label(domain, p);
            t.row(row);
        }
        return t.render("  ");
    }

    private static void solution(TextTable t, String name, Point p, Domain domain, int parties) {
        String[] row = new String[parties + 2];
        row[0] = name;
        for (int i = 0; i < parties; i++) {
            row[i + 1] = p == null ? "—" : Numbers.utility(p.utility(i));
        }
        row[row.length - 1] = p == null ? "none: no outcome is individually rational" : label(domain, p);
        t.row(row);
    }

    static String label(Domain domain, Point p) {
        Map<String, String> labels = domain.labels(p.outcome());
        return labels.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}
