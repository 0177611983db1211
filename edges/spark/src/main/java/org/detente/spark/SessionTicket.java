package org.detente.spark;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.detente.rehearsal.Clock;
import org.detente.rehearsal.Deadline;
import org.detente.rehearsal.Scenario;
import org.detente.rehearsal.SessionSpec;

/**
 * A {@link SessionSpec} as it travels to a worker: the scenario by name, not the prepared scenario
 * (workers rebuild it from its {@link ScenarioSource}), and nothing live. A time deadline travels
 * without a cap on rounds: each worker caps it by its own memory.
 *
 * @param id          the session's id
 * @param scenario    the scenario's name
 * @param agents      agent names, one per party in turn order
 * @param rounds      the deadline in rounds, or 0 for a time deadline
 * @param timeNanos   the time deadline in nanoseconds on the worker's system clock, or 0
 * @param seed        the session's seed
 * @param actionNanos the per-action limit in nanoseconds (0: none)
 * @param mediator    the mediator of a single-text session, or empty
 */
record SessionTicket(String id, String scenario, List<String> agents, int rounds, long timeNanos, long seed,
                     long actionNanos, String mediator) implements Serializable {
    private static final long serialVersionUID = 1L;

    SessionTicket {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(mediator, "mediator");
        agents = List.copyOf(agents);
        if ((rounds > 0) == (timeNanos > 0)) {
            throw new IllegalArgumentException("session " + id + ": give a deadline in rounds or in time");
        }
    }

    /**
     * The ticket of a specification.
     *
     * @throws IllegalArgumentException if its time deadline runs on another clock than the system's
     *                                  (workers can only measure time on their own)
     */
    static SessionTicket of(SessionSpec spec) {
        int rounds = 0;
        long time = 0;
        if (spec.deadline() instanceof Deadline.Rounds r) {
            rounds = r.rounds();
        } else if (spec.deadline() instanceof Deadline.Time t) {
            if (t.clock() != Clock.SYSTEM) {
                throw new IllegalArgumentException("session " + spec.id() + ": a cluster measures time deadlines on "
                        + "each worker's system clock; this one runs on another clock");
            }
            time = t.duration().toNanos();
        } else {
            throw new AssertionError(spec.deadline());
        }
        return new SessionTicket(spec.id(), spec.scenario().name(), spec.agents(), rounds, time, spec.seed(),
                spec.actionLimit().toNanos(), spec.mediator());
    }

    /**
     * The specification again, on the worker's copy of the scenario; a time deadline capped at the
     * rounds whose histories fit in {@code historyBytes} (what the worker gives one session).
     */
    SessionSpec spec(Scenario s, long historyBytes) {
        Deadline d = rounds > 0 ? new Deadline.Rounds(rounds)
                : new Deadline.Time(Duration.ofNanos(timeNanos), Clock.SYSTEM).fitting(historyBytes, agents.size());
        return new SessionSpec(id, s, agents, d, seed, Duration.ofNanos(actionNanos), mediator);
    }
}
