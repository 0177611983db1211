package org.detente.rehearsal.mediation;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.detente.model.OutcomeSpace;
import org.detente.rehearsal.ActionTimer;
import org.detente.rehearsal.AgentRegistry;
import org.detente.rehearsal.Timeline;
import org.detente.rehearsal.Deadline;
import org.detente.rehearsal.Ending;
import org.detente.rehearsal.NegotiationEvent;
import org.detente.rehearsal.PartyView;
import org.detente.rehearsal.Scenario;
import org.detente.rehearsal.Seeds;
import org.detente.rehearsal.SessionOptions;
import org.detente.rehearsal.SessionResult;
import org.detente.rehearsal.SessionRunner;
import org.detente.rehearsal.SessionSpec;
import org.detente.rehearsal.Sessions;
import org.detente.rehearsal.TraceBuffer;
import org.detente.rehearsal.UtilityTable;

/**
 * The single-text protocol: a mediator puts one text at a time to every party — a draft to compare
 * with the current text, or a ballot — and the parties answer in turn, party 0 first. The parties
 * agree when every one accepts a ballot; otherwise the session ends at the deadline. A round is one
 * question and every party's answer.
 *
 * <p>Utilities, discounting and forfeits as under alternating offers ({@link SessionResult#settle}):
 * a party that throws, gives no answer or the wrong kind of answer, accepts a text its own red lines
 * refuse, or exceeds the action limit forfeits and gets 0. A mediator that throws, asks nothing or a
 * text outside the outcome space, or exceeds the action limit forfeits the session for no party's
 * fault: it ends as a forfeit with {@code endedBy} −1 and every party gets its reservation value
 * (discounted), as at the deadline. The mediator is timed as the acting "party" numbered one past
 * the last in the session's {@link org.detente.rehearsal.ActionWatch}, so an executor's watchdog
 * stops a mediator that never answers as it stops a party. The result's {@code offers} counts the
 * texts put to the parties; its trace lists them with party −1 (the mediator). Listeners receive the
 * {@link NegotiationEvent.Agreement}, {@link NegotiationEvent.DeadlineReached} and
 * {@link NegotiationEvent.Forfeited} events.
 *
 * <p>The loop works on outcome indices; it allocates one question per round and, if asked, the trace.
 */
public final class Mediation {
    private Mediation() {
    }

    /**
     * Runs one mediated session from a spec, as {@link org.detente.rehearsal.Sessions#run} runs an
     * alternating-offers one: the spec's agents name party strategies ({@link Respondents}), its
     * {@code mediator} the mediator ({@link Mediators}); the mediator's generator is seeded with
     * {@link Seeds#party(long, int)} of the spec's seed and the index one past the last party.
     *
     * @param spec    the scenario, party strategies, mediator, deadline, seed and action limit
     * @param options trace, listener, watch (the spec's action limit replaces the options' limit)
     * @return the result, its {@code mediator} set
     * @throws IllegalArgumentException if the spec has no mediator, or a party strategy or the mediator
     *                                  is unknown
     */
    public static SessionResult run(SessionSpec spec, SessionOptions options) {
        if (!spec.mediated()) {
            throw new IllegalArgumentException("session " + spec.id() + " has no mediator");
        }
        Scenario s = spec.scenario();
        List<Respondent> parties = new ArrayList<>();
        for (int p = 0; p < s.parties(); p++) {
            parties.add(Respondents.create(spec.agents().get(p), s.table(p)));
        }
        Mediator m = Mediators.create(spec.mediator(), s.table(0).space(), s.parties(),
                new SplittableRandom(Seeds.party(spec.seed(), s.parties())));
        return run(s, parties, spec.agents(), m, spec.mediator(), spec.deadline(),
                options.withActionLimit(spec.actionLimit()));
    }

    /**
     * A runner of both protocols, for an executor: single-text sessions by {@link #run(SessionSpec,
     * SessionOptions)}, the others by {@link Sessions#run} with agents from {@code registry}.
     */
    public static SessionRunner anyProtocol(AgentRegistry registry) {
        SessionRunner alternating = Sessions.runner(registry);
        return (spec, options) -> spec.mediated() ? run(spec, options) : alternating.run(spec, options);
    }

    /**
     * Runs one session.
     *
     * @param scenario     the prepared case
     * @param parties      one respondent per party
     * @param names        their names, for the result
     * @param mediator     the mediator
     * @param mediatorName its name, for the result
     * @param deadline     when to stop
     * @param options      limits, trace, listener, watch
     * @return the result
     * @throws IllegalArgumentException if the number of respondents differs from the number of parties
     */
    public static SessionResult run(Scenario scenario, List<Respondent> parties, List<String> names, Mediator mediator,
                                    String mediatorName, Deadline deadline, SessionOptions options) {
        if (parties.size() != scenario.parties() || names.size() != parties.size()) {
            throw new IllegalArgumentException("the scenario '" + scenario.name() + "' has " + scenario.parties()
                    + " parties but " + parties.size() + " were given");
        }
        return new Engine(scenario, parties.toArray(new Respondent[0]), names, mediator, mediatorName, deadline,
                options).run();
    }

    private static final class Engine {
        private final Scenario scenario;
        private final Respondent[] parties;
        private final List<String> names;
        private final Mediator mediator;
        private final String mediatorName;
        private final Deadline deadline;
        private final SessionOptions options;
        private final OutcomeSpace space;
        private final int n;
        private final ActionTimer timer;
        private final Timeline timeline;
        private final int totalRounds;
        private final Answer[] answers;
        private final MediatorSeat seat;
        private final TraceBuffer trace;
        private int size;
        private Question last;
        private int round;
        private double now;

        Engine(Scenario scenario, Respondent[] parties, List<String> names, Mediator mediator, String mediatorName,
               Deadline deadline, SessionOptions options) {
            this.scenario = scenario;
            this.parties = parties;
            this.names = names;
            this.mediator = mediator;
            this.mediatorName = mediatorName;
            this.deadline = deadline;
            this.options = options;
            this.space = scenario.table(0).space();
            this.n = parties.length;
            this.timeline = new Timeline(deadline, options.clock());
            this.timer = new ActionTimer(options, timeline.clock());
            this.totalRounds = timeline.rounds();
            this.answers = new Answer[n];
            this.seat = new MediatorSeat(n, space);
            this.trace = new TraceBuffer(options.trace());
        }

        SessionResult run() {
            for (round = 0; ; round++) {
                now = timeline.at(round);
                if (now >= 1) {
                    emit(new NegotiationEvent.DeadlineReached(round));
                    return end(Ending.DEADLINE, -1, -1, "", 1.0);
                }
                Question q;
                long m0 = timer.begin(n);
                try {
                    q = mediator.next(seat.at(round, now, lastRound(), last, answers));
                } catch (RuntimeException | Error e) {
                    return forfeitMediator(ActionTimer.threw(e));
                } finally {
                    timer.end();
                }
                String wrongText = timer.late(m0, "text");
                if (wrongText == null) {
                    wrongText = outside(q);
                }
                if (wrongText != null) {
                    return forfeitMediator(wrongText);
                }
                append(q.text());
                int accepts = 0;
                for (int p = 0; p < n; p++) {
                    Answer a;
                    long t0 = timer.begin(p);
                    try {
                        a = parties[p].answer(new View(p, n, scenario.table(p), deadline, now, round), q);
                    } catch (RuntimeException | Error e) {
                        return forfeit(p, ActionTimer.threw(e));
                    } finally {
                        timer.end();
                    }
                    String wrong = timer.late(t0, "answer");
                    if (wrong == null) {
                        wrong = invalid(p, q, a);
                    }
                    if (wrong != null) {
                        return forfeit(p, wrong);
                    }
                    answers[p] = a;
                    accepts += a == Answer.Vote.ACCEPT ? 1 : 0;
                }
                last = q;
                if (accepts == n) {
                    emit(new NegotiationEvent.Agreement(round, q.text()));
                    return end(Ending.AGREEMENT, q.text(), -1, "", now);
                }
            }
        }

        /** Why the mediator's question {@code q} breaks the rules, or null. */
        private String outside(Question q) {
            if (q == null) {
                return "asked nothing";
            }
            long outcomes = space.longSize();
            if (q.text() < 0 || q.text() >= outcomes
                    || q instanceof Question.Draft d && (d.current() < 0 || d.current() >= outcomes)) {
                return "asked " + q + ", outside the outcome space [0, " + outcomes + ")";
            }
            return null;
        }

        private boolean lastRound() {
            return timeline.timed() ? now >= 0.95 : round == totalRounds - 1;
        }

        /** Why answer {@code a} of party {@code p} to {@code q} breaks the rules, or null. */
        private String invalid(int p, Question q, Answer a) {
            if (a == null) {
                return "gave no answer";
            }
            if (q instanceof Question.Ballot b) {
                if (!(a instanceof Answer.Vote v)) {
                    return "answered a ballot with " + a;
                }
                return switch (v) {
                    case ACCEPT -> scenario.table(p).permits(b.text()) ? null
                            : "accepted outcome " + b.text() + ", which its own red lines refuse";
                    case REJECT -> null;
                };
            } else if (q instanceof Question.Draft) {
                return a instanceof Answer.Comparison ? null : "answered a draft with " + a;
            }
            throw new IllegalStateException("unknown question " + q);
        }

        private void append(long text) {
            trace.add(size, -1, text, now);
            size++;
        }

        private void emit(NegotiationEvent e) {
            if (options.listener() != null) {
                options.listener().accept(e);
            }
        }

        private SessionResult forfeit(int p, String reason) {
            emit(new NegotiationEvent.Forfeited(round, p, reason));
            return end(Ending.FORFEIT, -1, p, reason, Math.min(1, now));
        }

        /** The mediator broke the rules: no party is to blame, each gets its reservation value. */
        private SessionResult forfeitMediator(String reason) {
            String why = "the mediator " + reason;
            emit(new NegotiationEvent.Forfeited(round, -1, why));
            return end(Ending.FORFEIT, -1, -1, why, Math.min(1, now));
        }

        private SessionResult end(Ending ending, long agreed, int by, String reason, double t) {
            return SessionResult.settle(scenario, names, mediatorName, agreed, ending, by, reason, t,
                    Math.min(round + 1, totalRounds), size, trace.offers(scenario));
        }

    }

    /** One party's view of one round: a snapshot, so it leads back to nothing. */
    private record View(int me, int parties, UtilityTable own, Deadline deadline, double time, int round)
            implements PartyView {
    }
}
