package org.detente.cli;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.detente.analysis.Analysis;
import org.detente.analysis.Computed;
import org.detente.analysis.Point;
import org.detente.analysis.Solutions;
import org.detente.analysis.TradeOff;
import org.detente.model.Domain;
import org.detente.report.DealReport;

/** The human-readable report of {@code detente analyze}. */
final class AnalysisText {
    private AnalysisText() {
    }

    /**
     * The report: a summary first (the space, the ZOPA, the solution points, each deal's verdict),
     * then the details.
     *
     * @param all   every frontier point (inside the ZOPA or not), trade-off and improvement, each
     *              improvement as a whole package
     * @param limit otherwise, how many frontier points inside the ZOPA, trade-offs and improvements
     *              of each deal to print (the rest is announced with a count, never dropped silently)
     */
    static String render(String caseName, Domain domain, Analysis a, List<DealReport> deals, boolean all, int limit) {
        int show = all ? Integer.MAX_VALUE : limit;
        var sb = new StringBuilder();
        summary(sb, caseName, domain, a, deals);
        frontier(sb, domain, a, all, show);

        Solutions s = a.solutions();
        List<String> parties = a.parties();
        sb.append("Solutions (over outcomes every party prefers to its alternative)\n");
        var t = new TextTable(header(parties, "solution", "package"));
        solution(t, "Nash", s.nash(), domain, parties.size());
        solution(t, "Kalai–Smorodinsky", s.kalaiSmorodinsky(), domain, parties.size());
        solution(t, "Egalitarian", s.egalitarian(), domain, parties.size());
        solution(t, "Max welfare", s.maxWelfare(), domain, parties.size());
        solution(t, "GENIUS \"Kalai\" (min |ui−uj|)", s.geniusKalai(), domain, parties.size());
        sb.append(t.render("  "));
        sb.append('\n');
        sb.append(TextTable.prose("Opposition: ", Numbers.utility(a.opposition())
                + " (GENIUS: smallest distance of any outcome to the ideal point); ANL league: "
                + Numbers.utility(a.anlOpposition()) + " (distance of the GENIUS Kalai point to the ideal)", "  "))
                .append('\n');

        for (DealReport d : deals) {
            DealText.section(sb, domain, parties, d, all, show);
        }
        tradeOffs(sb, a, show);
        return sb.toString();
    }

    /** The lines a negotiator reads first. */
    private static void summary(StringBuilder sb, String caseName, Domain domain, Analysis a, List<DealReport> deals) {
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
        sb.append("ZOPA: ").append(a.zopa().<String>fold(z -> Numbers.count(z.size()) + " outcomes, "
                + Numbers.percent(z.share()) + " of the space (" + z.method() + ")", why -> why)).append('\n');
        Solutions s = a.solutions();
        String who = "(" + String.join(" / ", parties) + "): ";
        sb.append(TextTable.paragraph("Solutions " + who, !s.anyRational() ? "none: no package is individually rational"
                : String.join(" · ", List.of("Nash " + utilities(s.nash().orElseThrow()),
                        "Kalai–Smorodinsky " + utilities(s.kalaiSmorodinsky().orElseThrow()),
                        "egalitarian " + utilities(s.egalitarian().orElseThrow()),
                        "max welfare " + utilities(s.maxWelfare().orElseThrow()))), "  "));
        sb.append("Pareto frontier: ").append(a.frontier().size()).append(" points, ")
                .append(a.frontierInZopa().size()).append(" inside the ZOPA\n");
        for (DealReport d : deals) {
            sb.append(TextTable.paragraph("Deal \"" + d.name() + "\" (" + utilities(d.valueLeft().outcome()) + "): ",
                    DealText.verdict(parties, a.reservation(), d.valueLeft()), "  "));
        }
        sb.append('\n');
    }

    private static String utilities(Point p) {
        return p.utilities().stream().map(Numbers::utility).collect(Collectors.joining(" / "));
    }

    /**
     * The frontier inside the ZOPA, or with {@code all} the whole frontier. Beyond {@code show}
     * points, {@code show} of them evenly spaced along it, numbered by their place on the frontier,
     * so that the listing runs from one party's best to the other's.
     */
    private static void frontier(StringBuilder sb, Domain domain, Analysis a, boolean all, int show) {
        List<Point> inZopa = a.frontierInZopa();
        List<Point> listed = all ? a.frontier() : inZopa;
        int outside = a.frontier().size() - inZopa.size();
        sb.append(all || outside == 0 ? "Pareto frontier: " + a.frontier().size() + " points — "
                : "Pareto frontier inside the ZOPA: " + listed.size() + " of " + a.frontier().size() + " points — ")
                .append(a.frontierMethodText()).append('\n');
        int[] picked = spread(listed.size(), show);
        var t = new TextTable(header(a.parties(), "#", "package"));
        for (int k : picked) {
            t.row(row(a.parties().size(), k + 1, listed.get(k), label(domain, listed.get(k))));
        }
        sb.append(t.render("  "));
        if (picked.length < listed.size()) {
            sb.append("  ").append(picked.length).append(" of the ").append(listed.size())
                    .append(" points shown, evenly spaced (--show N shows N; --all every point; --json all)\n");
        }
        if (!all && outside > 0) {
            sb.append("  ").append(outside).append(outside == 1 ? " frontier point lies" : " frontier points lie")
                    .append(" outside the ZOPA (a party prefers its alternative); --all lists them\n");
        }
        sb.append('\n');
    }

    /** {@code min(n, show)} indices of {@code 0..n-1}, evenly spaced, first and last included. */
    static int[] spread(int n, int show) {
        if (n <= show) {
            return java.util.stream.IntStream.range(0, n).toArray();
        }
        int[] out = new int[show];
        for (int k = 0; k < show; k++) {
            out[k] = show == 1 ? 0 : (int) Math.round(k * (n - 1) / (double) (show - 1));
        }
        return out;
    }

    private static void tradeOffs(StringBuilder sb, Analysis a, int limit) {
        List<String> parties = a.parties();
        if (a.tradeOffs().isEmpty()) {
            sb.append("Trade-offs: none listed (they need linear additive preferences, and a move that gives the "
                    + "others something)\n");
            return;
        }
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

    /** Table headers: {@code first}, one column per party, {@code last}. */
    static String[] header(List<String> parties, String first, String last) {
        String[] h = new String[parties.size() + 2];
        h[0] = first;
        for (int p = 0; p < parties.size(); p++) {
            h[p + 1] = parties.get(p);
        }
        h[h.length - 1] = last;
        return h;
    }

    /** The points as a table: number, utilities, package. */
    static String points(Domain domain, List<String> parties, List<Point> points) {
        var t = new TextTable(header(parties, "#", "package"));
        for (int k = 0; k < points.size(); k++) {
            t.row(row(parties.size(), k + 1, points.get(k), label(domain, points.get(k))));
        }
        return t.render("  ");
    }

    /** A table row: the number, each party's utility of the point, then {@code last}. */
    static String[] row(int parties, int number, Point p, String last) {
        String[] row = new String[parties + 2];
        row[0] = Integer.toString(number);
        for (int i = 0; i < parties; i++) {
            row[i + 1] = Numbers.utility(p.utility(i));
        }
        row[row.length - 1] = last;
        return row;
    }

    private static void solution(TextTable t, String name, Computed<Point> x, Domain domain, int parties) {
        String[] row = new String[parties + 2];
        row[0] = name;
        Point p = x.orElse(null);
        for (int i = 0; i < parties; i++) {
            row[i + 1] = p == null ? "—" : Numbers.utility(p.utility(i));
        }
        row[row.length - 1] = x.fold(q -> label(domain, q), why -> "none: " + why);
        t.row(row);
    }

    static String label(Domain domain, Point p) {
        Map<String, String> labels = domain.labels(p.outcome());
        return labels.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}
