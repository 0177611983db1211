package org.detente.brief.sections;

import java.util.ArrayList;
import java.util.List;

import org.detente.brief.Brief;
import org.detente.brief.doc.Block;
import org.detente.brief.doc.Document;
import org.detente.model.Domain;
import org.detente.rehearsal.mediation.MediationOutlook;

/** Facing a mediator ({@code --mediated}): what to confide, what a strategic veto costs, which texts to expect. */
final class MediationSection {
    private MediationSection() {
    }

    static Document.Section section(Brief b, MediationOutlook m) {
        String us = b.preparation().us();
        String them = b.preparation().counterpart();
        Domain d = b.negotiationCase().domain();
        List<Block> out = new ArrayList<>();
        out.add(new Block.Paragraph("Rehearsed with the " + m.mediator() + " mediator (docs/mediation.md): it puts one"
                + " text at a time to both sides — a draft differing from the current text in one or two issues, to"
                + " call better, the same or worse, or a text to sign or veto — and moves the text by the answers."
                + " Each stance below is " + m.stances().get(0).sessions() + " sessions of " + b.options().rounds()
                + " rounds, seed " + b.options().seed() + "."));
        out.add(new Block.Subheading("What to confide"));
        out.add(new Block.Paragraph("Only comparisons and votes: whether each draft is better or worse for " + us
                + " than the current text, and whether " + us + " would sign. From them the mediator learns how " + us
                + " orders each issue's values — never how much an issue weighs, nor our alternative, which a vote"
                + " reveals only as a line crossed. Answer each draft by our own utility; say \"same\" only when it is."
                + " Keep the weights and the reservation value to ourselves: the mediator needs neither, and what it"
                + " is told it may use to move the text."));
        out.add(new Block.Subheading("What a strategic veto costs"));
        MediationOutlook.Stance truthful = m.stances().get(0);
        List<List<String>> rows = new ArrayList<>();
        for (MediationOutlook.Stance s : m.stances()) {
            rows.add(List.of(s.us(), s.them(), s.agreements() + " / " + s.sessions(), Fmt.u(s.ours()),
                    Fmt.u(s.theirs()), String.format(java.util.Locale.ROOT, "%.1f", s.rounds())));
        }
        out.add(new Block.Table(List.of(us, them, "agreements", "u(" + us + ")", "u(" + them + ")", "rounds"), rows));
        MediationOutlook.Stance veto = stance(m, "strategic", "truthful");
        MediationOutlook.Stance both = stance(m, "strategic", "strategic");
        out.add(new Block.Paragraph("Strategic: veto every text below halfway from our reservation value to our best"
                + " package, and call every draft that does not strictly help us worse. Against a truthful " + them
                + " it changes our mean from " + Fmt.u(truthful.ours()) + " to " + Fmt.u(veto.ours()) + " and theirs from "
                + Fmt.u(truthful.theirs()) + " to " + Fmt.u(veto.theirs()) + "; if " + them + " vetoes too, "
                + both.agreements() + " of " + both.sessions() + " sessions agree (against " + truthful.agreements()
                + " when both answer truthfully) and we get " + Fmt.u(both.ours()) + "."));
        out.add(new Block.Subheading("Which texts to expect"));
        if (m.texts().isEmpty()) {
            out.add(new Block.Paragraph("None: answering truthfully, the two sides never agreed."));
        } else {
            List<List<String>> texts = new ArrayList<>();
            for (MediationOutlook.Text t : m.texts()) {
                texts.add(List.of(Fmt.pkg(d, d.outcomeSpace().outcome(t.outcome())), Integer.toString(t.count()),
                        Fmt.u(t.ours()), Fmt.u(t.theirs())));
            }
            out.add(new Block.Paragraph("The texts the mediator settled on most often when both sides answered"
                    + " truthfully (of " + truthful.sessions() + " sessions, " + truthful.agreements() + " agreed):"));
            out.add(new Block.Table(List.of("text", "sessions", "u(" + us + ")", "u(" + them + ")"), texts));
        }
        return new Document.Section("mediation", "Facing a mediator", out);
    }

    private static MediationOutlook.Stance stance(MediationOutlook m, String us, String them) {
        return m.stances().stream().filter(s -> s.us().equals(us) && s.them().equals(them)).findFirst().orElseThrow();
    }
}
