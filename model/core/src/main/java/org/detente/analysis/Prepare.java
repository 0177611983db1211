package org.detente.analysis;

import java.util.List;

import org.detente.model.CounterpartProfile;
import org.detente.model.NegotiationCase;

/**
 * The "zoom in" preparation of one side for one counterpart, in one call.
 *
 * <pre>{@code
 * PreparationReport r = Prepare.prepare(c, "United States", "Russia",
 *         AnalysisOptions.defaults(), RobustnessOptions.of(10_000, 42));
 * r.twoLevel().orElseThrow().ratifiable();   // packages both sides can ratify
 * r.robustness().orElseThrow().plan().orElseThrow().target(); // best expected utility
 * }</pre>
 */
public final class Prepare {
    private Prepare() {
    }

    /**
     * Our profile of the counterpart: the case's, or, when it holds none, its stated preferences
     * (reservation value and red lines too) taken as certain.
     *
     * @throws IllegalArgumentException if a party is unknown
     */
    public static CounterpartProfile profile(NegotiationCase c, String us, String counterpart) {
        var stated = c.party(c.partyIndex(counterpart)).preferences();
        c.partyIndex(us);
        return c.preparation().profile(us, counterpart).orElseGet(() -> new CounterpartProfile(us, counterpart,
                java.util.Map.of(), java.util.Map.of(), new org.detente.model.Belief.Fixed(stated.reservationValue()),
                java.util.Optional.empty(), stated.redLines(), 1, "", "no profile: the stated preferences, for certain"));
    }

    /**
     * Prepares {@code us} for {@code counterpart}.
     *
     * @param c           the case
     * @param us          our party
     * @param counterpart the party we face; our profile of it is used if the case holds one,
     *                    otherwise its stated preferences (RV and red lines too) are taken as certain;
     *                    when they are not linear additive, the report has no robustness analysis
     * @param analysis    enumeration limits and frontier method
     * @param robustness  samples, seed, threads
     * @throws IllegalArgumentException if a party is unknown or the two are the same party
     * @throws AnalysisLimitException   if the analysis would exceed a stated limit
     */
    public static PreparationReport prepare(NegotiationCase c, String us, String counterpart,
                                            AnalysisOptions analysis, RobustnessOptions robustness) {
        return prepare(c, us, counterpart, analysis, robustness, phase -> { });
    }

    /**
     * {@link #prepare(NegotiationCase, String, String, AnalysisOptions, RobustnessOptions)}, saying
     * what it does as it goes: each phase's description is passed to {@code phases} as it begins
     * (for a progress display; the phases of a large case can take minutes).
     */
    public static PreparationReport prepare(NegotiationCase c, String us, String counterpart,
                                            AnalysisOptions analysis, RobustnessOptions robustness,
                                            java.util.function.Consumer<String> phases) {
        c.partyIndex(us);
        int them = c.partyIndex(counterpart);
        if (us.equals(counterpart)) {
            throw new IllegalArgumentException("'" + us + "' cannot prepare against itself");
        }
        var found = c.preparation().profile(us, counterpart);
        CounterpartProfile profile = profile(c, us, counterpart);
        phases.accept(String.format(java.util.Locale.ROOT, "analysing the outcome space (%,d packages)",
                c.domain().outcomeSpace().size()));
        Analysis a = Analyzer.analyze(c, analysis);
        phases.accept("the two-level analysis (ratifiable packages)");
        Computed<TwoLevelAnalysis> t = TwoLevel.analyze(c, analysis);
        phases.accept("ranking the moves");
        var moves = Moves.rank(c, a.tradeOffs());
        for (String side : List.of(counterpart, us)) {
            if (!(c.party(c.partyIndex(side)).preferences().utility() instanceof org.detente.model.LinearAdditiveUtility)) {
                return new PreparationReport(us, counterpart, a, t, moves, found.isPresent(), Computed.notComputed(
                        "no robustness analysis: it samples linear additive beliefs and builds the concession ladder"
                                + " issue by issue, and the preferences of '" + side + "' are not linear additive"));
            }
        }
        phases.accept("choosing the candidate packages");
        var candidates = Robustness.candidates(c, a, t);
        phases.accept(String.format(java.util.Locale.ROOT, "sampling %,d beliefs about '%s' over %,d candidate packages",
                robustness.samples(), counterpart, candidates.size()));
        var r = Robustness.analyze(c, profile, candidates, robustness);
        return new PreparationReport(us, counterpart, a, t, moves, found.isPresent(), Computed.of(r));
    }
}
