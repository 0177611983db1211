package org.detente.brief.sections;

import java.util.ArrayList;
import java.util.List;

import org.detente.analysis.RobustnessAnalysis;
import org.detente.analysis.RobustnessAnalysis.BeliefRisk;
import org.detente.analysis.Computed;
import org.detente.analysis.TwoLevelAnalysis;
import org.detente.brief.Brief;
import org.detente.brief.charts.RobustnessChart;
import org.detente.brief.doc.Block;
import org.detente.brief.doc.Document;
import org.detente.model.Domain;
import org.detente.rehearsal.plan.RehearsalReport;

/** Risks: no deal, ratification, and what a wrong belief costs. */
final class RisksSection {
    private RisksSection() {
    }

    static Document.Section section(Brief b) {
        List<Block> out = new ArrayList<>();
        Domain d = b.negotiationCase().domain();
        var rob = b.preparation().robustness();
        out.add(new Block.Subheading("No deal"));
        List<Block.Fact> noDeal = new ArrayList<>();
        rob.ifComputed(r -> {
            noDeal.add(new Block.Fact("our alternative", "reservation value " + Fmt.u(r.reservation())));
            r.plan().ifPresent(p -> {
                noDeal.add(new Block.Fact("the target refused", Fmt.pct(1 - p.target().pAccept())
                        + " of the sampled counterparts"));
                noDeal.add(new Block.Fact("the last offer refused", Fmt.pct(1 - p.lastOffer().pAccept())
                        + " of the sampled counterparts"));
            });
        });
        b.rehearsal().ifComputed(r -> {
            for (RehearsalReport.Run run : r.runs()) {
                noDeal.add(new Block.Fact("no ratifiable deal in the rehearsal (" + run.agent() + ")",
                        Fmt.pct(1 - run.viableRate()) + " of " + run.sessions().size() + " sessions"));
            }
        });
        if (noDeal.isEmpty()) {
            out.add(new Block.Paragraph("Not measured: " + rob.whyNot().orElseThrow() + "."));
        } else {
            out.add(new Block.Facts(noDeal));
        }
        out.add(new Block.Subheading("Ratification"));
        if (b.preparation().twoLevel() instanceof Computed.NotComputed<TwoLevelAnalysis> not) {
            out.add(new Block.Paragraph(not.reason()));
        } else {
            TwoLevelAnalysis t = b.preparation().twoLevel().orElseThrow();
            List<String> vetoes = new ArrayList<>();
            t.winSets().forEach(w -> w.ratifiers().stream().filter(rc -> rc.zopaVetoes().signum() > 0)
                    .forEach(rc -> vetoes.add(rc.ratifier() + " (" + w.party() + ") alone vetoes "
                            + Fmt.count(rc.zopaVetoes()) + " ZOPA packages")));
            out.add(new Block.Paragraph("Ratification removes " + Fmt.pct(t.zopaShrink()) + " of the ZOPA ("
                    + Fmt.count(t.zopaLost()) + " of " + Fmt.count(t.zopa()) + " packages)."
                    + (vetoes.isEmpty() ? "" : " " + String.join("; ", vetoes) + ".")));
        }
        out.add(new Block.Subheading("What a wrong belief costs"));
        if (rob instanceof Computed.NotComputed<RobustnessAnalysis> not) {
            out.add(new Block.Paragraph("Not measured: " + not.reason() + "."));
        } else {
            beliefs(out, d, rob.orElseThrow());
            out.add(RobustnessChart.figure(rob.orElseThrow()));
        }
        for (String n : b.notes()) {
            out.add(new Block.Note(n));
        }
        out.add(new Block.Note("Every preference, reservation value, belief, threshold and gesture value here comes from"
                + " the case file: its authors' assumptions, not facts. The figures follow exactly from them, except"
                + " the Monte Carlo and rehearsal figures, which are estimates from seeded samples (P(accept) is shown"
                + " with its standard error)."));
        return new Document.Section("risks", "Risks", out);
    }

    private static void beliefs(List<Block> out, Domain d, RobustnessAnalysis r) {
        if (r.risks().isEmpty()) {
            out.add(new Block.Paragraph("No uncertain belief: the profile holds everything for certain."));
            return;
        }
        out.add(new Block.Paragraph("Each uncertain belief held at each end of its range, every other belief still"
                + " sampled with the same random numbers: the target's expected utility there, the fall at the bad"
                + " end, and the regret (what the best plan for that end would have saved)."));
        List<List<String>> rows = new ArrayList<>();
        for (BeliefRisk k : r.risks()) {
            rows.add(List.of(k.belief(), "[" + Fmt.u(k.low()) + ", " + Fmt.u(k.high()) + "]", Fmt.u(k.targetAtLow()),
                    Fmt.u(k.targetAtHigh()), Fmt.u(k.drop()), Fmt.u(k.regret()),
                    k.regret() > 1e-12 ? Fmt.pkg(d, k.betterAtWorst().outcome()) : "the target"));
        }
        out.add(new Block.Table(List.of("belief", "range", "target's EU at low", "at high", "fall", "regret",
                "best package at the bad end"), rows));
    }
}
