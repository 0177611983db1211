package org.detente.brief;

import java.util.List;
import java.util.Optional;

import org.detente.analysis.PreparationReport;
import org.detente.analysis.Prepare;
import org.detente.model.LinearAdditiveUtility;
import org.detente.model.NegotiationCase;
import org.detente.model.OutcomeSpace;
import org.detente.rehearsal.Scenario;
import org.detente.rehearsal.mediation.MediationOutlook;
import org.detente.rehearsal.plan.Pairings;
import org.detente.rehearsal.plan.Rehearsal;
import org.detente.rehearsal.plan.RehearsalReport;

/**
 * Everything a preparation brief says, computed: the preparation ({@code detente prepare}), the
 * plan rehearsed against counterparts sampled from our profile, and Strategist against Improviser
 * on the case.
 *
 * @param negotiationCase the case
 * @param preparation     analysis, two-level acceptability, moves, robustness
 * @param rehearsal       the rehearsal against the profile (empty when it cannot run: {@code notes} says why)
 * @param pairings        Strategist / Improviser pairings (empty when the case cannot be rehearsed)
 * @param mediation       what to expect from a mediator (present when asked for and the case can be rehearsed)
 * @param options         the options used
 * @param notes           why a part is missing ("" entries are never kept)
 */
public record Brief(NegotiationCase negotiationCase, PreparationReport preparation, Optional<RehearsalReport> rehearsal,
                    List<Pairings.Pairing> pairings, Optional<MediationOutlook> mediation, BriefOptions options,
                    List<String> notes) {
    /** The mediator the mediation section rehearses, and its sessions per pair of stances. */
    public static final String MEDIATOR = "nash-seeker";
    /** Copies the lists. */
    public Brief {
        pairings = List.copyOf(pairings);
        notes = List.copyOf(notes);
    }

    /**
     * Computes a brief.
     *
     * @param c        the case
     * @param us       our party
     * @param them     the party we face
     * @param o        the options
     * @param listener hears the progress ({@link BriefListener#NONE} for none)
     * @throws IllegalArgumentException if a party is unknown or the two are one
     * @throws org.detente.analysis.AnalysisLimitException if the analysis would exceed a stated limit
     */
    public static Brief prepare(NegotiationCase c, String us, String them, BriefOptions o, BriefListener listener) {
        listener.stage("analysis and robustness (" + o.samples() + " samples)", 0);
        PreparationReport p = Prepare.prepare(c, us, them, o.analysis(), o.robustness());
        listener.advance();
        List<String> notes = new java.util.ArrayList<>();
        String why = rehearsable(c);
        Optional<RehearsalReport> rehearsal = Optional.empty();
        List<Pairings.Pairing> pairings = List.of();
        Optional<MediationOutlook> mediation = Optional.empty();
        if (!why.isEmpty()) {
            notes.add("No rehearsal: " + why + ".");
            if (o.mediated()) {
                notes.add("No mediation section: " + why + ".");
            }
        } else {
            if (p.robustness().isEmpty()) {
                notes.add("No rehearsal against the profile: " + p.note() + ".");
            } else if (!(c.party(c.partyIndex(them)).preferences().utility() instanceof LinearAdditiveUtility)) {
                notes.add("No rehearsal against the profile: the preferences of '" + them + "' are not linear additive.");
            } else {
                listener.stage("rehearsal against the profile", Rehearsal.sessions(p.robustness().get(), o.rehearsal()));
                rehearsal = Optional.of(Rehearsal.run(c, p.robustness().get(), o.rehearsal(), listener::advance));
            }
            Scenario s = Scenario.prepare(c);
            listener.stage("Strategist and Improviser", Pairings.PAIRS.size() * c.parties().size() * o.repetitions());
            pairings = Pairings.measure(s, o.repetitions(), o.rounds(), o.seed(), o.threads(), listener::advance);
            if (o.mediated()) {
                listener.stage("mediation (" + MEDIATOR + ")", 1);
                mediation = Optional.of(MediationOutlook.measure(s, c.partyIndex(us), c.partyIndex(them), MEDIATOR,
                        o.repetitions() * 2, o.rounds(), o.seed()));
                listener.advance();
            }
        }
        return new Brief(c, p, rehearsal, pairings, mediation, o, notes);
    }

    /** "" when sessions can be played on the case, else why not. */
    static String rehearsable(NegotiationCase c) {
        OutcomeSpace space = c.domain().outcomeSpace();
        if (!space.enumerable()) {
            return "sessions need an enumerable outcome space (give every real issue a step)";
        }
        if (!space.indexable() || space.longSize() > Scenario.DEFAULT_MAX_OUTCOMES) {
            return "the outcome space has " + space.size() + " outcomes; sessions handle at most "
                    + Scenario.DEFAULT_MAX_OUTCOMES;
        }
        return "";
    }
}
