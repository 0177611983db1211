package org.detente.rehearsal;

import java.util.Arrays;
import java.util.List;


/**
 * The stacked alternating offers protocol (GENIUS's SAOP) for two or more parties.
 *
 * <p>Parties act in turn, party 0 first. The first party must offer. Each later turn accepts the
 * standing offer, replaces it with a counter-offer (which clears the acceptances) or walks away; the
 * parties agree when every party other than the proposer has accepted in turn. A round is one turn
 * for every party; the session ends at the deadline without agreement.
 *
 * <p>Discounting as GENIUS applies it: a party with discount factor {@code d} gets
 * {@code u · d^t} for an agreement at normalised time {@code t}, and {@code RV · d^t} for no
 * agreement ({@code t = 1} at the deadline). A party that forfeits gets 0.
 *
 * <p>The loop works on outcome indices and primitive arrays; it allocates only when a party's copy
 * of the history needs a new block and, if asked, for events and the trace (its window's head).
 */
public final class Negotiation {
    private Negotiation() {
    }

    /**
     * Runs one session.
     *
     * @param scenario the prepared case
     * @param agents   one agent per party, in turn order
     * @param names    the agents' names, for the result
     * @param deadline when to stop
     * @param options  limits, trace, listener
     * @return the result
     * @throws IllegalArgumentException if the number of agents differs from the number of parties
     */
    public static SessionResult run(Scenario scenario, List<Agent> agents, List<String> names, Deadline deadline,
                                    SessionOptions options) {
        if (agents.size() != scenario.parties() || names.size() != agents.size()) {
            throw new IllegalArgumentException("the scenario '" + scenario.name() + "' has " + scenario.parties()
                    + " parties but " + agents.size() + " agents were given");
        }
        return new Engine(scenario, agents.toArray(new Agent[0]), names, deadline, options).run();
    }


    private static final class Engine {
        private final Scenario scenario;
        private final Agent[] agents;
        private final List<String> names;
        private final Deadline deadline;
        private final SessionOptions options;
        private final int n;
        private final ActionTimer timer;
        private final Timeline timeline;
        private final int totalRounds;
        private final TraceBuffer trace;
        private final int capacity;
        private int offers;
        private long standing = -1;
        private int proposer = -1;
        private int round;
        private double now;
        private final SeatView[] views;

        Engine(Scenario scenario, Agent[] agents, List<String> names, Deadline deadline, SessionOptions options) {
            this.scenario = scenario;
            this.agents = agents;
            this.names = names;
            this.deadline = deadline;
            this.options = options;
            this.n = agents.length;
            this.timeline = new Timeline(deadline, options.clock());
            this.timer = new ActionTimer(options, timeline.clock());
            this.totalRounds = timeline.rounds();
            this.views = new SeatView[n];
            this.capacity = (int) Math.min(1024, (long) Math.min(totalRounds, 1 << 20) * n);
            this.trace = new TraceBuffer(options.trace());
        }

        SessionResult run() {
            for (int p = 0; p < n; p++) {
                views[p] = new SeatView(p, n, scenario.table(p), deadline, capacity);
            }
            int accepts = 0;
            for (round = 0; ; round++) {
                for (int p = 0; p < n; p++) {
                    now = timeline.at(round);
                    if (now >= 1) {
                        emit(new NegotiationEvent.DeadlineReached(round));
                        return end(Ending.DEADLINE, -1, "", 1.0);
                    }
                    Action a;
                    long t0 = timer.begin(p);
                    try {
                        a = agents[p].act(views[p].at(now, round, standing, proposer));
                    } catch (RuntimeException | Error e) {
                        Arrays.fill(agents, null); // what a runaway agent holds can be collected now
                        return forfeit(p, ActionTimer.threw(e));
                    } finally {
                        timer.end();
                    }
                    String late = timer.late(t0, "action");
                    if (late != null) {
                        return forfeit(p, late);
                    }
                    if (a instanceof Offer o) {
                        if (!scenario.table(p).contains(o.outcome())) {
                            return forfeit(p, "offered outcome " + o.outcome() + ", outside [0, "
                                    + scenario.table(p).size() + ")");
                        }
                        if (!scenario.table(p).permits(o.outcome())) {
                            return forfeit(p, "offered outcome " + o.outcome() + ", which its own red lines refuse");
                        }
                        append(o.outcome(), p);
                        standing = o.outcome();
                        proposer = p;
                        accepts = 0;
                        if (options.listener() != null) {
                            emit(new NegotiationEvent.OfferMade(round, p, standing, now));
                        }
                    } else if (a instanceof Accept) {
                        if (standing < 0) {
                            return forfeit(p, "accepted with no offer on the table");
                        }
                        if (!scenario.table(p).permits(standing)) {
                            return forfeit(p, "accepted outcome " + standing + ", which its own red lines refuse");
                        }
                        if (options.listener() != null) {
                            emit(new NegotiationEvent.Accepted(round, p));
                        }
                        if (++accepts == n - 1) {
                            emit(new NegotiationEvent.Agreement(round, standing));
                            return end(Ending.AGREEMENT, -1, "", now);
                        }
                    } else if (a instanceof EndNegotiation) {
                        emit(new NegotiationEvent.WalkedAway(round, p));
                        return end(Ending.WALK_AWAY, p, "", now);
                    } else if (a == null) {
                        return forfeit(p, "returned no action");
                    } else {
                        throw new AssertionError(a);
                    }
                }
            }
        }

        private void emit(NegotiationEvent e) {
            if (options.listener() != null) {
                options.listener().accept(e);
            }
        }

        private void append(long outcome, int party) {
            offers++;
            trace.add(round, party, outcome, now);
            for (SeatView v : views) {
                v.record(outcome, party, now);
            }
        }

        private SessionResult forfeit(int p, String reason) {
            emit(new NegotiationEvent.Forfeited(round, p, reason));
            return end(Ending.FORFEIT, p, reason, Math.min(1, now));
        }

        private SessionResult end(Ending ending, int by, String reason, double t) {
            return SessionResult.settle(scenario, names, "", ending == Ending.AGREEMENT ? standing : -1, ending, by,
                    reason, t, Math.min(round + 1, totalRounds), offers, trace.offers(scenario));
        }
    }
}
