package org.detente.brief.sections;

import java.util.ArrayList;
import java.util.List;

import org.detente.analysis.BottomLine;
import org.detente.analysis.Move;
import org.detente.analysis.RobustnessAnalysis;
import org.detente.analysis.RobustnessAnalysis.Plan;
import org.detente.analysis.RobustnessAnalysis.Result;
import org.detente.brief.Brief;
import org.detente.brief.doc.Block;
import org.detente.brief.doc.Document;
import org.detente.model.Domain;
import org.detente.model.NegotiationCase;
import org.detente.rehearsal.plan.Distribution;
import org.detente.rehearsal.plan.Rehearsal;
import org.detente.rehearsal.plan.RehearsalReport;

/**
 * The bottom line, first: what to open with, what to aim for, the last offer before walking away,
 * what no agreement is worth to each side, our three best moves and the costliest wrong belief —
 * with what the plan's rehearsal says the counterpart actually settles for.
 */
final class BottomLineSection {
    private BottomLineSection() {
    }

    static Document.Section section(Brief b) {
        NegotiationCase c = b.negotiationCase();
        List<Block> out = new ArrayList<>();
        var line = BottomLine.of(c, b.preparation());
        if (line.isEmpty()) {
            out.add(new Block.Note("No plan: " + b.preparation().robustness().whyNot().orElse(
                    "no candidate package is viable — none that " + b.preparation().us()
                            + " can sign is ratifiable on both sides. Walk away, or change the package space") + "."));
            return new Document.Section("bottom-line", "Bottom line", out);
        }
        RobustnessAnalysis rob = b.preparation().robustness().orElseThrow();
        BottomLine l = line.get();
        Plan plan = l.plan();
        Domain d = c.domain();
        List<Block.Fact> facts = new ArrayList<>();
        facts.add(new Block.Fact("Open with", Fmt.pkg(d, plan.opening().candidate().outcome()) + " — "
                + figures(plan.opening())));
        facts.add(new Block.Fact("Aim for", Fmt.pkg(d, plan.target().candidate().outcome()) + " — "
                + figures(plan.target()) + ", expected utility " + Fmt.u(plan.target().expectedUtility())));
        facts.add(new Block.Fact("Last offer", Fmt.pkg(d, plan.lastOffer().candidate().outcome()) + " — "
                + figures(plan.lastOffer()) + ". If it is refused, walk away."));
        facts.add(new Block.Fact("No agreement", "worth " + Fmt.u(l.ourAlternative()) + " to us (our alternative); to "
                + rob.counterpart() + ", as we believe it, " + Fmt.u(l.theirAlternative().mean()) + " (90 %: "
                + Fmt.u(l.theirAlternative().low()) + " to " + Fmt.u(l.theirAlternative().high()) + ")"));
        for (int k = 0; k < l.bestMoves().size(); k++) {
            Move m = l.bestMoves().get(k);
            facts.add(new Block.Fact(k == 0 ? "Best moves" : "", (k + 1) + ". " + m.what() + " (cost to us "
                    + Fmt.u(m.cost()) + ", value to them " + Fmt.u(m.gainToOthers()) + ")" + (m.disagreement().isEmpty() ? "" : "; and state the disagreement: " + m.disagreement())));
        }
        l.costliestBelief().ifPresent(r -> facts.add(new Block.Fact("Watch", "the " + r.belief() + ": at the bad end"
                + " of its range [" + Fmt.u(r.low()) + ", " + Fmt.u(r.high()) + "] the target's expected utility falls by "
                + Fmt.u(r.drop()))));
        b.rehearsal().asOptional().flatMap(r -> r.runs().stream().filter(x -> x.agent().equals(Rehearsal.PLAN)).findFirst())
                .ifPresent(run -> facts.add(new Block.Fact("Rehearsed", rehearsed(b.rehearsal().orElseThrow(), run, plan))));
        out.add(new Block.Facts(facts));
        out.add(new Block.Paragraph("P(accept) is the share of the " + rob.samples() + " counterparts sampled from our"
                + " profile (seed " + rob.seed() + ") for whom the package beats their alternative. The concession"
                + " ladder from the opening to the last offer, never taking a concession back, is in the Plan."));
        return new Document.Section("bottom-line", "Bottom line", out);
    }

    private static String figures(Result x) {
        return "our utility " + Fmt.u(x.ourUtility()) + ", P(accept) " + Fmt.pct(x.pAccept());
    }


    /** What the rehearsal says they settle for, and why it differs from the target when it does. */
    static String rehearsed(RehearsalReport r, RehearsalReport.Run run, Plan plan) {
        Distribution ours = run.ours();
        String s = "against " + run.sessions().size() + " counterparts sampled from the profile, the plan agreed in "
                + Fmt.pct(run.agreementRate()) + "; our utility p10 / p50 / p90 " + Fmt.u(ours.p10()) + " / "
                + Fmt.u(ours.median()) + " / " + Fmt.u(ours.p90()) + ".";
        double target = plan.target().ourUtility();
        if (ours.median() < target - 0.005) {
            s += " Most settle below the target although " + Fmt.pct(plan.target().pAccept()) + " of them would accept"
                    + " it: they concede as " + r.style() + " negotiators, accepting only near the deadline, by which"
                    + " time the plan has come down its ladder toward the last offer.";
        }
        return s;
    }
}
