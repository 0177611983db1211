package org.detente.spark;

import java.io.Serializable;
import java.util.List;

import org.detente.rehearsal.Ending;
import org.detente.rehearsal.Scenario;
import org.detente.rehearsal.SessionResult;

/**
 * A {@link SessionResult} as it travels back from a worker: every field but the outcome object
 * (rebuilt from its index on the driver) and the trace (not kept on a cluster).
 */
record ResultRow(String id, List<String> agents, boolean agreement, long outcomeIndex, List<Double> utilities,
                 List<Double> rawUtilities, int rounds, int offers, double time, Ending ending, int endedBy,
                 String reason, double paretoDistance, double nashDistance, double welfare, String mediator)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    ResultRow {
        agents = List.copyOf(agents);
        utilities = List.copyOf(utilities);
        rawUtilities = List.copyOf(rawUtilities);
    }

    static ResultRow of(String id, SessionResult r) {
        return new ResultRow(id, r.agents(), r.agreement(), r.outcomeIndex(), r.utilities(), r.rawUtilities(), r.rounds(),
                r.offers(), r.time(), r.ending(), r.endedBy(), r.reason(), r.paretoDistance(), r.nashDistance(),
                r.welfare(), r.mediator());
    }

    /** The result, with its outcome looked up in the driver's copy of the scenario. */
    SessionResult result(Scenario s) {
        return new SessionResult(agents, agreement, outcomeIndex,
                agreement ? s.table(0).space().outcome(outcomeIndex) : null, utilities, rawUtilities, rounds, offers,
                time, ending, endedBy, reason, paretoDistance, nashDistance, welfare, List.of(), mediator);
    }
}
