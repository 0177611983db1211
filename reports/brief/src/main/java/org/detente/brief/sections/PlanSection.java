package org.detente.brief.sections;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.detente.analysis.Computed;
import org.detente.analysis.RobustnessAnalysis;
import org.detente.analysis.RobustnessAnalysis.Result;
import org.detente.brief.Brief;
import org.detente.brief.charts.RehearsalCharts;
import org.detente.brief.doc.Block;
import org.detente.brief.doc.Document;
import org.detente.model.Domain;
import org.detente.model.Gesture;
import org.detente.model.NegotiationCase;
import org.detente.rehearsal.plan.Distribution;
import org.detente.rehearsal.plan.Pairings;
import org.detente.rehearsal.plan.PlanLadder;
import org.detente.rehearsal.plan.RehearsalReport;

/** Plan: opening, target, last offer, the concession ladder, sequencing, and the plan rehearsed. */
final class PlanSection {
    private PlanSection() {
    }

    static Document.Section section(Brief b) {
        NegotiationCase c = b.negotiationCase();
        List<Block> out = new ArrayList<>();
        var rob = b.preparation().robustness();
        if (rob instanceof Computed.NotComputed<RobustnessAnalysis> not) {
            out.add(new Block.Note("No plan: " + not.reason() + "."));
        } else if (rob.orElseThrow().plan().isEmpty()) {
            out.add(new Block.Note("No plan: no candidate package is viable — none that " + rob.orElseThrow().us()
                    + " can sign is ratifiable on both sides. Walk away, or change the package space."));
        } else {
            plan(out, c, rob.orElseThrow(), b);
        }
        b.rehearsal().ifComputed(r -> rehearsal(out, r));
        pairings(out, b);
        return new Document.Section("plan", "Plan", out);
    }

    private static void plan(List<Block> out, NegotiationCase c, RobustnessAnalysis rob, Brief b) {
        Domain d = c.domain();
        var plan = rob.plan().get();
        out.add(new Block.Paragraph("Target: the package with the highest expected utility, RV + P(accept)·(u − RV),"
                + " over " + rob.samples() + " counterparts sampled from the profile (seed " + rob.seed() + "). Opening:"
                + " the first step of the ladder at least as good for us as the target and accepted at least 10 % of the"
                + " time. Last offer: from the target on, the first step that no further concession makes likelier to"
                + " be accepted; if it is refused, take our alternative (no agreement, worth " + Fmt.u(rob.reservation())
                + " to us)."));
        PlanLadder ladder = PlanLadder.of(rob, d.outcomeSpace());
        out.add(new Block.Subheading("Concession ladder"));
        out.add(new Block.Paragraph("From the opening to the last offer, each step concedes on the issues named and"
                + " never takes a concession back: once an issue has moved toward them, it never moves back. The"
                + " concessions worth most to " + rob.counterpart() + " per unit of cost to us come first; every step is"
                + " a package we can sign and both sides can ratify. Our aspiration falls from the opening to the target"
                + " by half the time, to the last offer by " + Math.round(PlanLadder.WALK_AT * 100)
                + " % of it, then holds."));
        List<List<String>> steps = new ArrayList<>();
        int rounds = b.options().rounds();
        List<PlanLadder.Step> schedule = ladder.schedule();
        for (int k = 0; k < schedule.size(); k++) {
            PlanLadder.Step s = schedule.get(k);
            Result x = s.rung().candidate();
            String what = k == 0 ? Fmt.pkg(d, x.candidate().outcome()) : RobustnessAnalysis.Change.describe(d, plan.ladder().get(k).changes());
            steps.add(List.of(String.format(Locale.ROOT, "%.0f %%", s.time() * 100),
                    Long.toString(Math.round(s.time() * rounds)), s.rung().role(), Fmt.u(x.ourUtility()),
                    Fmt.pct(x.pAccept()), what));
        }
        out.add(new Block.Table(List.of("from (time)", "from round (of " + rounds + ")", "step", "our utility",
                "P(accept)", "what changes"), steps));
        for (RobustnessAnalysis.Clip clip : plan.clips()) {
            out.add(new Block.Paragraph("Red line: " + clip.describe(d)));
        }
        out.add(new Block.Subheading("Sequencing"));
        out.add(new Block.Facts(sequence(c, rob)));
    }

    private static List<Block.Fact> sequence(NegotiationCase c, RobustnessAnalysis rob) {
        List<Gesture> ours = c.preparation().gestures().stream()
                .filter(g -> g.giver().equals(rob.us()) && g.receiver().equals(rob.counterpart())).toList();
        List<Block.Fact> out = new ArrayList<>();
        List<String> first = ours.stream().filter(g -> g.kind() == Gesture.Kind.RESPECT
                || g.kind() == Gesture.Kind.ACKNOWLEDGEMENT).map(Gesture::name).toList();
        out.add(new Block.Fact("1. Before the first offer", first.isEmpty() ? "no gesture of respect or acknowledgement"
                + " in the case" : String.join("; ", first) + " (each acknowledgement with its disagreement, see Moves)"));
        var plan = rob.plan().get();
        out.add(new Block.Fact("2. Open", Fmt.pkg(c.domain(), plan.opening().candidate().outcome())));
        out.add(new Block.Fact("3. Concede", "down the ladder above, one step at a time, to the target by half the time"));
        List<String> worth = rob.gestures().stream().filter(e -> e.gain() > 1e-12).map(e -> String.join(" + ",
                e.gestures())).distinct().toList();
        out.add(new Block.Fact("4. At the target", worth.isEmpty() ? "no gesture of ours raises its expected utility"
                : "offer beside it: " + String.join("; or ", worth)));
        for (Gesture g : ours) {
            if (g.kind() == Gesture.Kind.PROCESS || g.kind() == Gesture.Kind.SEQUENCING) {
                out.add(new Block.Fact("   " + g.kind().name().toLowerCase(Locale.ROOT) + ": " + g.name(),
                        g.statement().isBlank() ? "(no statement)" : g.statement().strip()));
            }
        }
        out.add(new Block.Fact("5. Walk away", "if the last offer is refused by "
                + Math.round(PlanLadder.WALK_AT * 100) + " % of the time and nothing better is on the table: "
                + Fmt.pkg(c.domain(), plan.lastOffer().candidate().outcome())));
        return out;
    }

    private static void rehearsal(List<Block> out, RehearsalReport r) {
        out.add(new Block.Subheading("The plan rehearsed"));
        out.add(new Block.Paragraph(r.options().sessions() + " counterparts sampled from " + r.us() + "'s profile of "
                + r.counterpart() + " (the robustness analysis's first samples, seed " + r.options().seed()
                + "), each conceding as a " + r.style() + " time-dependent negotiator, met by the plan and, against the"
                + " very same counterparts, by the Strategist; " + r.options().rounds() + " rounds each. In the last row"
                + (r.classic().run().agent().equals("plan") ? " the plan" : " the Strategist")
                + " meets, with the same sampled preferences, " + r.classic().counterpart() + ": a winning agent"
                + " of the automated negotiating agents competitions (ANAC) that bargains in this concession style."
                + (r.thirdParties().isEmpty() ? "" : " In this case " + r.thirdParties() + ".")));
        List<List<String>> rows = new ArrayList<>();
        for (RehearsalReport.Run run : r.runs()) {
            rows.add(row(run.agent(), run));
        }
        rows.add(row(r.classic().run().agent() + " vs " + r.classic().counterpart(), r.classic().run()));
        out.add(new Block.Table(List.of("our side", "agreements", "ratifiable agreements", "our utility (mean)",
                "our utility: p10 / p50 / p90", "their utility (mean)", "rounds (median)",
                "distance to Pareto (mean)"), rows));
        out.add(new Block.Paragraph("Our utility is our reservation value where there was no deal. An agreement is"
                + " ratifiable when we can sign it and every ratifier accepts it; the plan accepts nothing else, the"
                + " Strategist (which sees only utilities) may."));
        for (RehearsalReport.Run run : r.runs()) {
            out.add(RehearsalCharts.concessions(r, run));
        }
        out.add(RehearsalCharts.outcomes(r));
    }

    private static List<String> row(String label, RehearsalReport.Run run) {
        Distribution ours = run.ours();
        return List.of(label, Fmt.pct(run.agreementRate()), Fmt.pct(run.viableRate()), Fmt.u(ours.mean()),
                Fmt.u(ours.p10()) + " / " + Fmt.u(ours.median()) + " / " + Fmt.u(ours.p90()),
                Fmt.u(run.theirs().mean()), Fmt.num(run.rounds().median()), Fmt.u(run.paretoDistance().mean()));
    }

    private static void pairings(List<Block> out, Brief b) {
        if (b.pairings().orElse(List.of()).isEmpty()) {
            return;
        }
        int n = b.negotiationCase().parties().size();
        out.add(new Block.Subheading("Why prepare: Strategist against Improviser on this case"));
        out.add(new Block.Paragraph("The stated preferences, " + b.options().rounds() + " rounds, the first agent in"
                + " each seat in turn, " + b.options().repetitions() + " seeds per seat. The Improviser reads moves"
                + " only by how they feel and concedes to rapport; the Strategist learns the other side's priorities"
                + " and concedes along the frontier toward Nash."));
        List<List<String>> rows = new ArrayList<>();
        for (Pairings.Pairing p : b.pairings().orElseThrow()) {
            rows.add(List.of(p.first() + " vs " + p.second(), p.agreements() + " / " + p.sessions(), Fmt.u(p.pareto()),
                    Fmt.u(p.nash()), Fmt.u(p.firstUtility()) + " / " + Fmt.u(p.secondUtility())));
        }
        out.add(new Block.Table(List.of("pairing", "agreements", "distance to Pareto", "distance to Nash",
                "utility (first / second" + (n > 2 ? ", mean of the others" : "") + ")"), rows));
    }
}
