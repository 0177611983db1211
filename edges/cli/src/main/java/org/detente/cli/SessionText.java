package org.detente.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.detente.model.NegotiationCase;
import org.detente.rehearsal.Deadline;
import org.detente.rehearsal.SessionResult;
import org.detente.rehearsal.TracedOffer;

/** A session as tables for people. */
final class SessionText {
    private SessionText() {
    }

    static String render(NegotiationCase c, SessionResult r, Deadline deadline, long seed, int show) {
        var sb = new StringBuilder();
        List<String> parties = c.partyNames();
        List<String> who = new ArrayList<>();
        for (int p = 0; p < parties.size(); p++) {
            who.add(r.agents().get(p) + " (" + parties.get(p) + ")");
        }
        String limit;
        if (deadline instanceof Deadline.Rounds rs) {
            limit = rs.rounds() + " rounds";
        } else if (deadline instanceof Deadline.Time t) {
            limit = t.duration().toMillis() + " ms";
        } else {
            throw new AssertionError(deadline);
        }
        sb.append(c.name()).append(": ").append(String.join(" vs ", who))
                .append(r.mediator().isEmpty() ? "" : " · mediator " + r.mediator()).append(" · ").append(limit)
                .append(" · seed ").append(seed).append("\n\n");
        String[] header = new String[3 + parties.size()];
        header[0] = "round";
        header[1] = "by";
        for (int p = 0; p < parties.size(); p++) {
            header[2 + p] = "u(" + parties.get(p) + ")";
        }
        header[header.length - 1] = "offer";
        TextTable t = new TextTable(header);
        // the trace holds at least the first half of `show` offers and the last half (NegotiateCommand's window)
        List<TracedOffer> trace = r.trace();
        TextTable.window(trace.size(), r.offers(), show, i -> {
            TracedOffer o = trace.get(i);
            String[] row = new String[header.length];
            row[0] = Integer.toString(o.round() + 1);
            row[1] = o.party() < 0 ? "mediator" : parties.get(o.party());
            for (int p = 0; p < parties.size(); p++) {
                row[2 + p] = Numbers.utility(o.utilities().get(p));
            }
            row[row.length - 1] = labels(c.domain().labels(c.domain().outcomeSpace().outcome(o.outcome())));
            t.row(row);
        }, left -> {
            String[] gap = new String[header.length];
            java.util.Arrays.fill(gap, "");
            gap[1] = "… " + left + " more";
            t.row(gap);
        });
        sb.append(t.render("  ")).append('\n');
        switch (r.ending()) {
            case AGREEMENT -> sb.append("Agreement in round ").append(r.rounds()).append(" after ").append(r.offers())
                    .append(r.mediator().isEmpty() ? " offers\n" : " texts\n")
                    .append(TextTable.paragraph("  outcome: ", labels(c.domain().labels(r.outcome())),
                            "           "));
            case DEADLINE -> sb.append("No agreement: the deadline passed after ").append(r.offers())
                    .append(r.mediator().isEmpty() ? " offers\n" : " texts\n");
            case WALK_AWAY -> sb.append("No agreement: ").append(parties.get(r.endedBy())).append(" walked away in round ")
                    .append(r.rounds()).append('\n');
            case FORFEIT -> sb.append("No agreement: ").append(parties.get(r.endedBy())).append(" (")
                    .append(r.agents().get(r.endedBy())).append(") forfeited: ").append(r.reason()).append('\n');
        }
        sb.append("  utilities:");
        for (int p = 0; p < parties.size(); p++) {
            sb.append(p == 0 ? " " : " · ").append(parties.get(p)).append(' ').append(Numbers.utility(r.utilities().get(p)));
        }
        sb.append(r.agreement() ? "" : " (reservation values)").append('\n');
        if (r.agreement()) {
            sb.append("  distance to the Pareto frontier ").append(Numbers.utility(r.paretoDistance()))
                    .append(" · to Nash ").append(Numbers.utility(r.nashDistance()))
                    .append(" · welfare ").append(Numbers.utility(r.welfare())).append('\n');
        }
        return sb.toString();
    }

    private static String labels(Map<String, String> m) {
        var sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append('=').append(v));
        return sb.toString();
    }
}
