package org.detente.rehearsal;

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
 */
public record SessionResult(List<String> agents, boolean agreement, long outcomeIndex, Outcome outcome,
                            List<Double> utilities, List<Double> rawUtilities, int rounds, int offers, double time,
                            Ending ending, int endedBy, String reason, double paretoDistance, double nashDistance,
                            double welfare, List<TracedOffer> trace) {

    /** Copies the lists; checks consistency. */
    public SessionResult {
        agents = List.copyOf(agents);
        utilities = List.copyOf(utilities);
        rawUtilities = List.copyOf(rawUtilities);
        trace = List.copyOf(trace);
        Objects.requireNonNull(ending, "ending");
        Objects.requireNonNull(reason, "reason");
        if (agreement != (ending == Ending.AGREEMENT) || agreement != (outcome != null)) {
            throw new IllegalArgumentException("agreement, outcome and ending disagree");
        }
    }
}
