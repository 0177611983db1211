package org.detente.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.detente.analysis.Computed;
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
 * @param rehearsal       the rehearsal against the profile, or why it cannot run
 * @param pairings        Strategist / Improviser pairings, or why the case cannot be rehearsed
 * @param mediation       what to expect from a mediator, or why not (not asked for, or the case cannot
 *                        be rehearsed)
 * @param options         the options used
 */
public record Brief(NegotiationCase negotiationCase, PreparationReport preparation, Computed<RehearsalReport> rehearsal,
                    Computed<List<Pairings.Pairing>> pairings, Computed<MediationOutlook> mediation,
                    BriefOptions options) {
    /** The mediator the mediation section rehearses, and its sessions per pair of stances. */
    public static final String MEDIATOR = "nash-seeker";
    /** Why a brief has no mediation section when {@code --mediated} was not given. */
    static final String NOT_MEDIATED = "not asked for";

    /** Copies the list of pairings. */
    public Brief {
        pairings = pairings.map(List::copyOf);
    }

    /** Why a part is missing, one sentence each: no sessions at all, no mediation section, no rehearsal against the profile. */
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (pairings instanceof Computed.NotComputed<List<Pairings.Pairing>> not) {
            notes.add("No rehearsal: " + not.reason() + ".");
            if (options.mediated()) {
                notes.add("No mediation section: " + not.reason() + ".");
            }
        } else if (rehearsal instanceof Computed.NotComputed<RehearsalReport> not) {
            notes.add("No rehearsal against the profile: " + not.reason() + ".");
        }
        return notes;
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
        var why = unrehearsable(c);
        if (why.isPresent()) {
            return new Brief(c, p, Computed.notComputed(why.get()), Computed.notComputed(why.get()),
                    Computed.notComputed(o.mediated() ? why.get() : NOT_MEDIATED), o);
        }
        Computed<RehearsalReport> rehearsal;
        if (p.robustness() instanceof Computed.NotComputed<?> not) {
            rehearsal = Computed.notComputed(not.reason());
        } else if (!(c.party(c.partyIndex(them)).preferences().utility() instanceof LinearAdditiveUtility)) {
            rehearsal = Computed.notComputed("the preferences of '" + them + "' are not linear additive");
        } else {
            listener.stage("rehearsal against the profile", Rehearsal.sessions(p.robustness().orElseThrow(), o.rehearsal()));
            rehearsal = Computed.of(Rehearsal.run(c, p.robustness().orElseThrow(), o.rehearsal(), listener::advance));
        }
        Scenario s = Scenario.prepare(c);
        listener.stage("Strategist and Improviser", Pairings.PAIRS.size() * c.parties().size() * o.repetitions());
        var pairings = Pairings.measure(s, o.repetitions(), o.rounds(), o.seed(), o.threads(), listener::advance);
        Computed<MediationOutlook> mediation = Computed.notComputed(NOT_MEDIATED);
        if (o.mediated()) {
            listener.stage("mediation (" + MEDIATOR + ")", 1);
            mediation = Computed.of(MediationOutlook.measure(s, c.partyIndex(us), c.partyIndex(them), MEDIATOR,
                    o.repetitions() * 2, o.rounds(), o.seed()));
            listener.advance();
        }
        return new Brief(c, p, rehearsal, Computed.of(pairings), mediation, o);
    }

    /** Why sessions cannot be played on the case, or empty when they can. */
    static Optional<String> unrehearsable(NegotiationCase c) {
        OutcomeSpace space = c.domain().outcomeSpace();
        if (!space.enumerable()) {
            return Optional.of("sessions need an enumerable outcome space (give every real issue a step)");
        }
        if (!space.indexable() || space.longSize() > Scenario.DEFAULT_MAX_OUTCOMES) {
            return Optional.of("the outcome space has " + space.size() + " outcomes; sessions handle at most "
                    + Scenario.DEFAULT_MAX_OUTCOMES);
        }
        return Optional.empty();
    }
}
