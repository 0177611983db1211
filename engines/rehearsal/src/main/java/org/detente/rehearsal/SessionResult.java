package org.detente.rehearsal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.detente.model.Outcome;

/**
 * How a session went.
 *
 * @param agents         agent names, in party order
 * @param agreement      whether the parties agreed
 * @param outcomeIndex   the agreed outcome's index, or -1
 * @param outcome        the agreed outcome, or null
 * @param utilities      what each party got: its utility of the agreement, or its reservation value
 *                       without one (a forfeiting party gets 0), discounted by {@code d^t}
 * @param rawUtilities   undiscounted utilities of the agreement (reservation values without one)
 * @param rounds         rounds begun (1 if it ended in the first round)
 * @param offers         offers made
 * @param time           normalised time at the end, in [0, 1]
 * @param ending         how it ended
 * @param endedBy        the party that walked away or forfeited, or -1
 * @param reason         why a party forfeited (empty otherwise)
 * @param paretoDistance distance of the agreement's undiscounted utilities to the Pareto frontier
 *                       (NaN without agreement)
 * @param nashDistance   distance to the Nash point (NaN without agreement or Nash point)
 * @param welfare        sum of {@code utilities}
 * @param trace          every offer with every party's utility (empty unless asked for)
 * @param mediator       the mediator's name in a single-text session, empty under alternating offers
 */
public record SessionResult(List<String> agents, boolean agreement, long outcomeIndex, Outcome outcome,
                            List<Double> utilities, List<Double> rawUtilities, int rounds, int offers, double time,
                            Ending ending, int endedBy, String reason, double paretoDistance, double nashDistance,
                            double welfare, List<TracedOffer> trace, String mediator) {

    /** Copies the lists; checks consistency. */
    public SessionResult {
        agents = List.copyOf(agents);
        utilities = List.copyOf(utilities);
        rawUtilities = List.copyOf(rawUtilities);
        trace = List.copyOf(trace);
        Objects.requireNonNull(ending, "ending");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(mediator, "mediator");
        if (agreement != (ending == Ending.AGREEMENT) || agreement != (outcome != null)) {
            throw new IllegalArgumentException("agreement, outcome and ending disagree");
        }
    }

    /**
     * The result of a session that ended at normalised time {@code t}: utilities discounted as GENIUS
     * does ({@code u · d^t}, the reservation value without agreement, 0 for a forfeiting party),
     * distances to the frontier and to Nash for an agreement.
     *
     * @param scenario the case played
     * @param agents   agent names, in party order
     * @param mediator the mediator's name, or empty
     * @param agreed   the agreed outcome's index, or -1
     * @param ending   how it ended (agreement exactly when {@code agreed >= 0})
     * @param endedBy  the party that walked away or forfeited, or -1
     * @param reason   why it forfeited, or empty
     * @param t        normalised time at the end
     * @param rounds   rounds begun
     * @param offers   offers (or texts) made
     * @param trace    the trace, or empty
     * @return the result
     */
    public static SessionResult settle(Scenario scenario, List<String> agents, String mediator, long agreed,
                                       Ending ending, int endedBy, String reason, double t, int rounds, int offers,
                                       List<TracedOffer> trace) {
        boolean ok = ending == Ending.AGREEMENT;
        int n = scenario.parties();
        List<Double> u = new ArrayList<>(n);
        List<Double> raw = new ArrayList<>(n);
        double[] vec = new double[n];
        double welfare = 0;
        for (int p = 0; p < n; p++) {
            UtilityTable table = scenario.table(p);
            double r = ok ? table.utility(agreed) : table.reservationValue();
            double got = ending == Ending.FORFEIT && p == endedBy ? 0.0
                    : r * Math.pow(table.preferences().discountFactor(), t);
            vec[p] = r;
            raw.add(r);
            u.add(got);
            welfare += got;
        }
        Outcome outcome = ok ? scenario.table(0).space().outcome(agreed) : null;
        return new SessionResult(agents, ok, ok ? agreed : -1, outcome, u, raw, rounds, offers,
                Math.min(1, Math.max(0, t)), ending, endedBy, reason, ok ? scenario.distanceToFrontier(vec) : Double.NaN,
                ok ? scenario.distanceToNash(vec) : Double.NaN, welfare, trace, mediator);
    }

    /**
     * A session forfeited outside its protocol's loop: an agent could not be created, or one that was
     * acting never answered. Party index {@code scenario.parties()} stands for a single-text session's
     * mediator (it acts after the parties in the watch's numbering): then no party forfeits
     * ({@code endedBy} −1) and every party gets its reservation value, as at the deadline.
     *
     * @param spec   the session
     * @param party  the party that forfeited, or the number of parties for the mediator
     * @param reason why
     */
    public static SessionResult forfeited(SessionSpec spec, int party, String reason) {
        boolean mediator = party == spec.scenario().parties();
        return settle(spec.scenario(), spec.agents(), spec.mediator(), -1, Ending.FORFEIT, mediator ? -1 : party,
                mediator ? "the mediator " + reason : reason, 0, 0, 0, List.of());
    }
}
