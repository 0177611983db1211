package org.detente.brief.sections;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.detente.analysis.Prepare;
import org.detente.analysis.PreparationReport;
import org.detente.analysis.Computed;
import org.detente.analysis.TwoLevelAnalysis;
import org.detente.analysis.WinSet;
import org.detente.brief.Brief;
import org.detente.brief.doc.Block;
import org.detente.brief.doc.Document;
import org.detente.model.Belief;
import org.detente.model.CounterpartProfile;
import org.detente.model.Domain;
import org.detente.model.NegotiationCase;
import org.detente.model.Ratifier;

/** Zoom in: the counterpart profile, what the evidence says, and what each side can ratify at home. */
final class ZoomIn {
    private ZoomIn() {
    }

    static Document.Section section(Brief b) {
        NegotiationCase c = b.negotiationCase();
        PreparationReport r = b.preparation();
        Domain d = c.domain();
        CounterpartProfile p = Prepare.profile(c, r.us(), r.counterpart());
        List<Block> out = new ArrayList<>();
        out.add(new Block.Subheading("Our profile of " + r.counterpart()));
        if (!r.profiled()) {
            out.add(new Block.Note("The case holds no profile of " + r.counterpart() + " by " + r.us()
                    + ": its stated preferences are taken as certain, so the robustness analysis has nothing uncertain"
                    + " to sample. Add a profile to the case file (docs/case-file.md) to test the plan against doubt."));
        }
        List<Block.Fact> facts = new ArrayList<>();
        facts.add(new Block.Fact("reservation value", describe(p.reservation()) + " (stated in the case: "
                + Fmt.u(c.party(c.partyIndex(r.counterpart())).preferences().reservationValue()) + ")"));
        for (int i = 0; i < d.size(); i++) {
            Belief w = p.weights().get(i);
            if (w != null) {
                facts.add(new Block.Fact("weight of " + d.issue(i).name(), describe(w)));
            }
            Map<Integer, Belief> evals = p.evaluations().getOrDefault(i, Map.of());
            for (int v = 0; v < d.issue(i).cardinality(); v++) {
                if (evals.containsKey(v)) {
                    facts.add(new Block.Fact("value of " + d.issue(i).name() + " = " + d.issue(i).label(v),
                            describe(evals.get(v))));
                }
            }
        }
        facts.add(new Block.Fact("concession style", p.concession().map(s -> s.name() + " (time-dependent exponent e = "
                + s.exponent() + (s.exponent() < 1 ? ": concedes late)" : s.exponent() > 1 ? ": concedes early)" : ")"))
                .orElse("not stated (the rehearsal assumes linear, e = 1)")));
        facts.add(new Block.Fact("believed red lines", Fmt.redLines(d, p.redLines()) + (p.redLines().isEmpty() ? ""
                : ", real with probability " + Fmt.pct(p.credibility()))));
        out.add(new Block.Facts(facts));
        out.add(new Block.Paragraph("Beliefs not listed are " + r.counterpart() + "'s stated preferences, held for certain."
                + " Sampled weights are normalised to sum 1."));
        out.add(new Block.Subheading("What the evidence says"));
        if (p.history().isBlank() && p.premises().isBlank()) {
            out.add(new Block.Paragraph("The profile records no history and no premises."));
        }
        if (!p.history().isBlank()) {
            out.add(new Block.Facts(List.of(new Block.Fact("history", p.history().strip()))));
        }
        if (!p.premises().isBlank()) {
            out.add(new Block.Facts(List.of(new Block.Fact("premises", p.premises().strip()))));
        }
        r.robustness().asOptional().filter(x -> !x.risks().isEmpty()).ifPresent(x -> out.add(new Block.Paragraph(
                "Of these beliefs, the one that matters most to the plan is the " + x.risks().get(0).belief()
                        + ": held at the bad end of its range, the target's expected utility falls by "
                        + Fmt.u(x.risks().get(0).drop()) + " (see Risks).")));
        twoLevel(out, c, r.twoLevel());
        return new Document.Section("zoom-in", "Zoom in", out);
    }

    private static String describe(Belief b) {
        if (!b.uncertain()) {
            return Fmt.u(b.low()) + ", for certain";
        }
        return b.describe();
    }

    private static void twoLevel(List<Block> out, NegotiationCase c, Computed<TwoLevelAnalysis> computed) {
        out.add(new Block.Subheading("What each side can sell at home"));
        if (computed instanceof Computed.NotComputed<TwoLevelAnalysis> not) {
            out.add(new Block.Note(not.reason()));
            return;
        }
        TwoLevelAnalysis t = computed.orElseThrow();
        List<List<String>> rows = new ArrayList<>();
        for (WinSet w : t.winSets()) {
            rows.add(List.of(w.party(), Fmt.count(w.own()), Fmt.count(w.size()), Fmt.pct(w.share())));
        }
        out.add(new Block.Table(List.of("party", "packages it accepts itself", "win-set (its ratifiers too)",
                "share of all packages"), rows));
        List<Ratifier> ratifiers = c.preparation().ratifiers();
        if (ratifiers.isEmpty()) {
            out.add(new Block.Paragraph("The case names no domestic ratifier: each win-set is what the party itself accepts."));
        } else {
            List<List<String>> rr = new ArrayList<>();
            for (WinSet w : t.winSets()) {
                for (WinSet.RatifierCount rc : w.ratifiers()) {
                    String rule = ratifiers.stream().filter(x -> x.name().equals(rc.ratifier())).findFirst()
                            .map(Ratifier::rule).orElse("");
                    rr.add(List.of(rc.ratifier(), w.party(), Fmt.u(rc.threshold()), Fmt.count(rc.accepts()),
                            Fmt.count(rc.zopaVetoes()), rule));
                }
            }
            out.add(new Block.Table(List.of("ratifier", "of", "threshold", "packages it accepts",
                    "ZOPA packages it alone vetoes", "how it decides"), rr));
        }
        out.add(new Block.Paragraph("ZOPA: " + Fmt.count(t.zopa()) + " packages; ratifiable on every side: "
                + Fmt.count(t.ratifiable()) + ". Ratification removes " + Fmt.count(t.zopaLost()) + " packages, "
                + Fmt.pct(t.zopaShrink()) + " of the ZOPA."));
    }
}
