package org.detente.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.detente.analysis.Point;
import org.detente.analysis.RedLineCrossing;
import org.detente.analysis.ValueLeft;
import org.detente.model.Domain;
import org.detente.report.DealReport;

/** What {@code detente analyze} says of a deal: its one-line verdict and its detailed section. */
final class DealText {
    private DealText() {
    }

    /**
     * The verdict a negotiator reads first: the red lines the deal crosses, the parties that prefer
     * their alternative, and the value it leaves on the table.
     */
    static String verdict(List<String> parties, List<Double> reservation, ValueLeft v) {
        List<String> parts = new ArrayList<>();
        if (!v.possible()) {
            parts.add("not a possible agreement: " + crossings(v.crossesRedLines()));
        }
        List<String> below = new ArrayList<>();
        for (int p = 0; p < parties.size(); p++) {
            if (v.outcome().utility(p) < reservation.get(p)) {
                below.add(parties.get(p) + " " + Numbers.utility(v.outcome().utility(p)) + " < "
                        + Numbers.utility(reservation.get(p)));
            }
        }
        if (!below.isEmpty()) {
            parts.add("worse than the alternative for " + String.join(", ", below));
        }
        if (v.onFrontier()) {
            parts.add("on the frontier: nothing left on the table");
        } else if (v.improvements().isEmpty()) {
            parts.add("no package is better for every party");
        } else {
            parts.add("leaves " + Numbers.utility(v.distanceToFrontier()) + " on the table: "
                    + v.improvements().size() + (v.improvements().size() == 1 ? " package" : " packages")
                    + (v.possible() ? "" : " within every red line") + " better for every party");
        }
        return String.join("; ", parts);
    }

    /** "crosses a red line — United States refuses inspections=4" */
    private static String crossings(List<RedLineCrossing> xs) {
        List<String> out = new ArrayList<>();
        for (RedLineCrossing x : xs) {
            out.add(x.party() + " refuses " + x.issue() + "=" + x.value());
        }
        return "crosses " + (xs.size() == 1 ? "a red line" : xs.size() + " red lines") + " — " + String.join(", ", out);
    }

    /**
     * The deal's section: its package, note, utilities, each red line crossed, and the packages
     * better for every party — the first {@code limit}, as changes from the deal, or with
     * {@code all} every one as a whole package.
     */
    static void section(StringBuilder sb, Domain domain, List<String> parties, DealReport d, boolean all, int limit) {
        ValueLeft v = d.valueLeft();
        sb.append(TextTable.paragraph("Deal \"" + d.name() + "\": ", AnalysisText.label(domain, v.outcome()), "  "));
        if (!d.note().isBlank()) {
            sb.append(TextTable.prose("  ", d.note().strip(), "  "));
        }
        sb.append("  utilities: ");
        for (int p = 0; p < parties.size(); p++) {
            sb.append(p == 0 ? "" : ", ").append(parties.get(p)).append(' ').append(Numbers.utility(v.outcome().utility(p)));
        }
        sb.append("; distance to the frontier ").append(Numbers.utility(v.distanceToFrontier()))
                .append(v.onFrontier() ? " (on the frontier: nothing left on the table)" : "").append('\n');
        if (!v.possible()) {
            sb.append("  Not a possible agreement: it crosses ").append(v.crossesRedLines().size() == 1 ? "a red line"
                    : v.crossesRedLines().size() + " red lines").append(", so no one can sign it as it stands:\n");
            for (RedLineCrossing x : v.crossesRedLines()) {
                sb.append(TextTable.prose("    ", x.party() + " refuses " + x.issue() + "=" + x.value()
                        + " (its red line: " + x.redLine().describe(domain.issue(x.redLine().issue())) + ")", "      "));
            }
        }
        if (v.improvements().isEmpty()) {
            sb.append(v.onFrontier() ? "" : "  No outcome is better for every party.\n").append('\n');
            return;
        }
        int n = v.improvements().size();
        sb.append("  ").append(n).append(n == 1 ? " package" : " packages").append(" within every red line")
                .append(n == 1 ? " is" : " are").append(" better for every party; the best first")
                .append(all ? ":\n" : ", as changes from the deal:\n");
        sb.append(all ? AnalysisText.points(domain, parties, v.improvements())
                : changes(domain, parties, v, limit));
        if (n > limit && !all) {
            sb.append("  … ").append(n - limit).append(" more (--all lists them whole; --json gives them all)\n");
        }
        sb.append('\n');
    }

    private static String changes(Domain domain, List<String> parties, ValueLeft v, int limit) {
        String[] header = AnalysisText.header(parties, "#", "what changes from the deal");
        var t = new TextTable(header);
        Map<String, String> from = domain.labels(v.outcome().outcome());
        int k = 0;
        for (Point p : v.improvements()) {
            if (k == limit) {
                break;
            }
            List<String> moved = new ArrayList<>();
            domain.labels(p.outcome()).forEach((issue, to) -> {
                if (!to.equals(from.get(issue))) {
                    moved.add(issue + "=" + to);
                }
            });
            t.row(AnalysisText.row(parties.size(), ++k, p, String.join(", ", moved)));
        }
        return t.render("  ");
    }
}
