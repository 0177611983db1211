package org.detente.brief.sections;

import java.util.List;

import org.detente.brief.Brief;
import org.detente.brief.doc.Document;

/**
 * Turns a computed {@link Brief} into its document: the bottom line first, then Zoom out, Zoom in, Moves, Plan,
 * Risks, and "Facing a mediator" when the brief was asked for one.
 */
public final class BriefDocument {
    /** The section titles, in order. */
    public static final List<String> SECTIONS = List.of("Bottom line", "Zoom out", "Zoom in", "Moves", "Plan",
            "Risks");

    private BriefDocument() {
    }

    /** The document of {@code b}. */
    public static Document of(Brief b) {
        var p = b.preparation();
        String subtitle = "Preparation brief for " + p.us() + ", facing " + p.counterpart() + " · seed "
                + b.options().seed() + ", " + b.options().samples() + " Monte Carlo samples, "
                + b.options().sessions() + " rehearsed counterparts of " + b.options().rounds() + " rounds · Détente";
        List<Document.Section> sections = new java.util.ArrayList<>(List.of(BottomLineSection.section(b),
                ZoomOut.section(b), ZoomIn.section(b),
                MovesSection.section(b), PlanSection.section(b), RisksSection.section(b)));
        b.mediation().ifComputed(m -> sections.add(MediationSection.section(b, m)));
        return new Document(b.negotiationCase().name(), subtitle, sections);
    }
}
