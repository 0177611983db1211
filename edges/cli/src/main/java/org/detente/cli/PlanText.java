package org.detente.cli;

import java.util.List;
import java.util.Locale;

import org.detente.analysis.BottomLine;
import org.detente.analysis.Move;
import org.detente.analysis.RobustnessAnalysis;
import org.detente.analysis.RobustnessAnalysis.Change;
import org.detente.analysis.RobustnessAnalysis.Clip;
import org.detente.analysis.RobustnessAnalysis.Plan;
import org.detente.analysis.RobustnessAnalysis.Result;
import org.detente.analysis.RobustnessAnalysis.Step;
import org.detente.model.Domain;
import org.detente.model.NegotiationCase;

/** The plan in words for {@code detente prepare}: the bottom line first, then the concession ladder. */
final class PlanText {
    private PlanText() {
    }

    /** The bottom line: opening, target, last offer, both alternatives, our best moves, the costliest belief. */
    static void bottomLine(StringBuilder sb, NegotiationCase c, RobustnessAnalysis rob, BottomLine b) {
        Domain d = c.domain();
        Plan plan = b.plan();
        sb.append("Bottom line for ").append(rob.us()).append(", facing ").append(rob.counterpart()).append('\n');
        sb.append(TextTable.paragraph("  Open with     ", pkg(d, plan.opening()) + " — " + figures(plan.opening()),
                "                "));
        sb.append(TextTable.paragraph("  Aim for       ", pkg(d, plan.target()) + " — " + figures(plan.target())
                + ", expected utility " + Numbers.utility(plan.target().expectedUtility()), "                "));
        sb.append(TextTable.paragraph("  Last offer    ", pkg(d, plan.lastOffer()) + " — " + figures(plan.lastOffer())
                + ". If it is refused, walk away: no agreement is better for us than anything below it.",
                "                "));
        RobustnessAnalysis.Estimate theirs = b.theirAlternative();
        sb.append(TextTable.prose("  No agreement  ", "worth " + Numbers.utility(b.ourAlternative())
                + " to us (our alternative); to " + rob.counterpart() + ", as we believe it, "
                + Numbers.utility(theirs.mean()) + " (90 %: " + Numbers.utility(theirs.low()) + " to "
                + Numbers.utility(theirs.high()) + ")", "                "));
        for (int k = 0; k < b.bestMoves().size(); k++) {
            Move m = b.bestMoves().get(k);
            String text = m.what() + " (cost to us " + Numbers.utility(m.cost()) + ", value to them "
                    + Numbers.utility(m.gainToOthers()) + ")" + (m.disagreement().isEmpty() ? "" : "; and state the disagreement: " + m.disagreement());
            sb.append(TextTable.prose(k == 0 ? "  Best moves    " + (k + 1) + ". " : "                " + (k + 1)
                    + ". ", text, "                   "));
        }
        b.costliestBelief().ifPresent(r -> sb.append(TextTable.prose("  Watch         ", "the costliest wrong"
                + " belief is the " + r.belief() + ": at the bad end of its range ["
                + Numbers.utility(r.low()) + ", " + Numbers.utility(r.high()) + "] the target's expected utility falls by "
                + Numbers.utility(r.drop()) + ".", "                ")));
        sb.append("  P(accept): the share of ").append(String.format(Locale.ROOT, "%,d", rob.samples()))
                .append(" sampled counterparts, as we believe them, for whom the package beats their alternative.\n\n");
    }

    /** The ladder: each step's changes, our utility and P(accept), with the red lines that clip it. */
    static void ladder(StringBuilder sb, NegotiationCase c, Plan plan) {
        Domain d = c.domain();
        sb.append("Concession ladder: ").append(plan.ladder().size()).append(plan.ladder().size() == 1 ? " step" : " steps")
                .append(", from the opening to the last offer; no concession is ever taken back\n");
        var t = new TextTable("#", "step", "our u", "P(accept)", "what changes");
        for (int k = 0; k < plan.ladder().size(); k++) {
            Step s = plan.ladder().get(k);
            Result x = s.result();
            String what = k == 0 ? pkg(d, x) : Change.describe(d, s.changes());
            t.row(Integer.toString(k + 1), plan.role(k), Numbers.utility(x.ourUtility()), Numbers.percent(x.pAccept()),
                    what);
        }
        sb.append(t.render("  "));
        for (Clip clip : plan.clips()) {
            sb.append(TextTable.paragraph("  Red line: ", clip.describe(d), "    "));
        }
        sb.append("  Each step concedes on the issues named, those worth most to ").append("the counterpart")
                .append(" per unit of cost to us first.\n\n");
    }


    private static String figures(Result x) {
        return "our utility " + Numbers.utility(x.ourUtility()) + ", P(accept) " + Numbers.percent(x.pAccept());
    }

    private static String pkg(Domain d, Result x) {
        return AnalysisText.label(d, new org.detente.analysis.Point(x.candidate().outcome(), List.of()));
    }

}
