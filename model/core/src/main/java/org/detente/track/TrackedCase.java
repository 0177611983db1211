package org.detente.track;

import java.util.List;
import java.util.Optional;

import org.detente.analysis.AnalysisOptions;
import org.detente.analysis.Prepare;
import org.detente.analysis.RobustnessAnalysis;
import org.detente.analysis.RobustnessAnalysis.Plan;
import org.detente.analysis.RobustnessOptions;
import org.detente.model.CounterpartProfile;
import org.detente.model.Domain;
import org.detente.model.NegotiationCase;
import org.detente.model.NegotiationRecord;
import org.detente.model.Party;
import org.detente.model.Preferences;

/**
 * A record tracked as {@code detente track} and the web's Live page do: with the case's profile of
 * the counterpart as the prior, or — without one — from the uninformed prior, the counterpart's
 * stated preferences replaced by what its offers reveal (never read); then the plan prepared against
 * that counterpart, and the update.
 *
 * @param c        the case the plan was made on (the counterpart as learned, when there was no profile)
 * @param tracking what the offers say
 */
public record TrackedCase(NegotiationCase c, Tracking tracking) {
    /**
     * Tracks a record of a case.
     *
     * @param c          the case; the record's sides must be parties of it
     * @param r          the record
     * @param analysis   options of the plan's analysis
     * @param robustness samples and seed of the plan's Monte Carlo
     * @param o          hypotheses, seed, rationality of the update
     * @throws IllegalArgumentException as {@link Tracker#track}
     * @throws org.detente.analysis.AnalysisLimitException when the plan's analysis exceeds a stated limit
     */
    public static TrackedCase of(NegotiationCase c, NegotiationRecord r, AnalysisOptions analysis,
                                 RobustnessOptions robustness, TrackOptions o) {
        Optional<CounterpartProfile> profile = c.preparation().profile(r.us(), r.counterpart());
        if (profile.isEmpty()) {
            return learned(c.domain(), c.party(c.partyIndex(r.us())), r, analysis, robustness, o, c);
        }
        return new TrackedCase(c, Tracker.track(c, r, profile.get(), plan(c, r, analysis, robustness), o));
    }

    /**
     * Tracks a record from the uninformed prior: the plan is made against the counterpart as its offers
     * reveal it (the posterior mean), which stands in for its preferences. The posterior is learnt once:
     * the plan's counterpart and the tracking read the same one.
     *
     * @param domain   the issues
     * @param us       our party
     * @param original the case whose other parties and preparation are kept, or null for a case of us
     *                 and the counterpart only (a GENIUS or GeniusWeb domain and our profile)
     */
    public static TrackedCase learned(Domain domain, Party us, NegotiationRecord r, AnalysisOptions analysis,
                                      RobustnessOptions robustness, TrackOptions o, NegotiationCase original) {
        CounterpartProfile prior = Tracker.uninformed(domain, r.us(), r.counterpart());
        Posterior post = Tracker.learn(domain, r, prior, o);
        Party them = new Party(r.counterpart(), Preferences.of(Tracker.believed(domain, post)));
        List<Party> parties = original == null ? List.of(us, them)
                : original.parties().stream().map(p -> p.name().equals(them.name()) ? them : p).toList();
        NegotiationCase c = original == null ? new NegotiationCase(domain.name(), "", domain, parties)
                : new NegotiationCase(original.name(), original.description(), domain, parties, original.deals(),
                original.preparation());
        return new TrackedCase(c, Tracker.track(c, r, prior, post, plan(c, r, analysis, robustness)));
    }

    private static Optional<Plan> plan(NegotiationCase c, NegotiationRecord r, AnalysisOptions analysis,
                                       RobustnessOptions robustness) {
        return Prepare.prepare(c, r.us(), r.counterpart(), analysis, robustness)
                .robustness().asOptional().flatMap(RobustnessAnalysis::plan);
    }
}
