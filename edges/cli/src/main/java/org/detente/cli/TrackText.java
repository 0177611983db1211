package org.detente.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.detente.analysis.RobustnessAnalysis.Estimate;
import org.detente.model.Domain;
import org.detente.model.NegotiationCase;
import org.detente.model.NegotiationRecord;
import org.detente.model.Outcome;
import org.detente.track.Tracking;

/** {@code track}'s tables: the offers, what we now believe, the next offer, the warnings. */
final class TrackText {
    private TrackText() {
    }

    /**
     * The tables.
     *
     * @param show how many offers the offers table lists: the first and last halves, the rest counted
     */
    static String render(NegotiationCase c, NegotiationRecord r, Tracking t, int show) {
        Domain d = c.domain();
        StringBuilder sb = new StringBuilder();
        sb.append(r.scenario()).append(": ").append(r.us()).append(" (us) and ").append(r.counterpart())
                .append(", ").append(r.offers().size()).append(" offers\n\n");
        sb.append("Offers (their utility as we now believe it: mean [90 % interval]; the move, and what changed,"
                + " from the same side's last offer)\n");
        TextTable offers = new TextTable("#", "by", "move", "ours", "theirs", "package or changes");
        TextTable.window(t.offers().size(), t.offers().size(), show, k -> {
            Tracking.TrackedOffer o = t.offers().get(k);
            Outcome before = null;
            for (int j = k - 1; j >= 0 && before == null; j--) {
                before = t.offers().get(j).by().equals(o.by()) ? t.offers().get(j).outcome() : null;
            }
            offers.row(Integer.toString(k + 1), o.by(), o.move().map(Tracking.Move::label).orElse("(first)"),
                    Numbers.utility(o.ourUtility()), interval(o.theirUtility()),
                    before == null ? pack(d, o.outcome()) : changes(d, before, o.outcome()));
        }, left -> offers.row("", "… " + String.format(Locale.ROOT, "%,d", left) + " more (--show)", "", "", "", ""));
        sb.append(offers.render("  ")).append('\n');
        sb.append("What we now believe of ").append(r.counterpart()).append(" (weights: mean [90 % interval], before the talks)\n");
        TextTable issues = new TextTable("issue", "weight", "before", "values (evaluation)");
        for (int i = 0; i < d.size(); i++) {
            Tracking.IssueEstimate e = t.estimate().issues().get(i);
            List<String> values = new ArrayList<>();
            for (int v = 0; v < e.evaluations().size(); v++) {
                values.add(d.issue(i).label(v) + " " + String.format(Locale.ROOT, "%.2f", e.evaluations().get(v)));
            }
            issues.row(d.issue(i).name(), interval2(e.weight()), interval2(e.prior()), String.join(", ", values));
        }
        sb.append(issues.render("  "));
        sb.append("  Their limit (reservation value): ").append(interval(t.estimate().reservation())).append('\n');
        sb.append("  How they concede: ").append(t.estimate().concession()
                .map(x -> x.style().label() + String.format(Locale.ROOT, " (e = %.2f)", x.exponent()))
                .orElse("not yet known (fewer than three offers)")).append('\n');
        sb.append(String.format(Locale.ROOT, "  Hypotheses: %d weighed, %.0f effective%n%n", t.hypotheses(), t.effective()));
        if (t.next().isPresent()) {
            Tracking.Next x = t.next().get();
            sb.append(TextTable.paragraph("Next offer: ", pack(d, x.outcome()), "  "));
            sb.append(String.format(Locale.ROOT, "  worth %s to us; P(accept) %.2f%n", Numbers.utility(x.ourUtility()), x.pAccept()));
            sb.append(TextTable.prose("  Why: ", x.why(), "       "));
        } else {
            sb.append("Next offer: none (no viable plan to take it from)\n");
        }
        if (!t.warnings().isEmpty()) {
            sb.append("\nWarnings\n");
            for (String w : t.warnings()) {
                sb.append(TextTable.prose("  ! ", w, "    "));
            }
        }
        return sb.toString();
    }

    private static String interval(Estimate e) {
        return String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", e.mean(), e.low(), e.high());
    }

    private static String interval2(Estimate e) {
        return String.format(Locale.ROOT, "%.2f [%.2f, %.2f]", e.mean(), e.low(), e.high());
    }

    private static String changes(Domain d, Outcome before, Outcome now) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < d.size(); i++) {
            if (before.value(i) != now.value(i)) {
                parts.add(d.issue(i).name() + " " + d.issue(i).label(before.value(i)) + " → " + d.issue(i).label(now.value(i)));
            }
        }
        return parts.isEmpty() ? "(the same package)" : String.join(", ", parts);
    }

    private static String pack(Domain d, Outcome o) {
        List<String> parts = new ArrayList<>();
        d.labels(o).forEach((k, v) -> parts.add(k + " " + v));
        return String.join(", ", parts);
    }
}
