package org.detente.rehearsal.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.detente.rehearsal.AgentRegistry;
import org.detente.rehearsal.Clock;
import org.detente.rehearsal.Deadline;
import org.detente.rehearsal.Ending;
import org.detente.rehearsal.LocalExecutor;
import org.detente.rehearsal.Scenario;
import org.detente.rehearsal.Seeds;
import org.detente.rehearsal.SessionOptions;
import org.detente.rehearsal.SessionResult;
import org.detente.rehearsal.SessionRunner;
import org.detente.rehearsal.SessionSpec;
import org.detente.rehearsal.Sessions;
import org.detente.rehearsal.TraceWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Single-text sessions under the executor, as a tournament runs them: the same watchdog as under
 * alternating offers, so a party or a mediator that throws, overflows, runs out of memory or never
 * answers forfeits its session, and the run goes on.
 */
class MediatedExecutorTest {
    private static final Scenario SPLIT = MediationTest.oneIssue(new double[] {1, 0.6, 0}, new double[] {0, 0.6, 1},
            0.5, 0.5);

    /** A respondent or a mediator that waits until it is interrupted (the watchdog does so). */
    private static <T> T hang() {
        try {
            Thread.sleep(TimeUnit.MINUTES.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    private static Respondent respondent(String name, Scenario s, int p) {
        return switch (name) {
            case "hangs" -> (v, q) -> hang();
            case "throws" -> (v, q) -> {
                throw new IllegalStateException("injected fault");
            };
            case "oom" -> (v, q) -> {
                throw new OutOfMemoryError("injected");
            };
            default -> Respondents.create(name, s.table(p));
        };
    }

    private static Mediator mediator(String name, Scenario s, SessionSpec spec) {
        return switch (name) {
            case "hangs" -> v -> hang();
            case "overflows" -> new Mediator() {
                @Override
                public Question next(MediatorView v) {
                    return next(v);
                }
            };
            default -> Mediators.create(name, s.table(0).space(), s.parties(),
                    new SplittableRandom(Seeds.party(spec.seed(), s.parties())));
        };
    }

    /** Runs named faults as well as the built-in respondents and mediators. */
    private static final SessionRunner FAULTY = (spec, o) -> {
        Scenario s = spec.scenario();
        List<Respondent> parties = new ArrayList<>();
        for (int p = 0; p < s.parties(); p++) {
            parties.add(respondent(spec.agents().get(p), s, p));
        }
        return Mediation.run(s, parties, spec.agents(), mediator(spec.mediator(), s, spec), spec.mediator(),
                spec.deadline(), o.withActionLimit(spec.actionLimit()));
    };

    private static SessionSpec spec(String mediator, String a, String b) {
        String id = "split/" + mediator + "/" + a + "+" + b + "/1";
        return new SessionSpec(id, SPLIT, List.of(a, b), Deadline.rounds(50), Seeds.session(3, id),
                Duration.ofMillis(100), mediator);
    }

    private static Map<String, SessionResult> run(SessionRunner runner, List<SessionSpec> specs, int threads)
            throws InterruptedException {
        Map<String, SessionResult> out = new TreeMap<>();
        new LocalExecutor(threads, runner, Clock.SYSTEM, TraceWindow.NONE).execute(specs, (spec, r) -> out.put(spec.id(), r));
        return out;
    }

    @Test
    @Timeout(60)
    void faultyPartiesAndMediatorsForfeitTheirSessionsAndTheRunGoesOn() throws InterruptedException {
        List<SessionSpec> plan = List.of(spec("hill-climber", "truthful", "truthful"),
                spec("hill-climber", "truthful", "hangs"), spec("nash-seeker", "throws", "truthful"),
                spec("annealer", "truthful", "oom"), spec("hangs", "truthful", "truthful"),
                spec("overflows", "truthful", "strategic"), spec("feedback", "strategic", "truthful"));
        Map<String, SessionResult> r = run(FAULTY, plan, 2);
        assertThat(r).hasSize(plan.size());
        assertThat(r.get("split/hill-climber/truthful+truthful/1").ending()).isNotEqualTo(Ending.FORFEIT);
        assertThat(r.get("split/feedback/strategic+truthful/1").ending()).isNotEqualTo(Ending.FORFEIT);

        SessionResult hung = r.get("split/hill-climber/truthful+hangs/1");
        assertThat(hung.ending()).isEqualTo(Ending.FORFEIT);
        assertThat(hung.endedBy()).isEqualTo(1);
        assertThat(hung.reason()).contains("action limit of 100 ms");
        assertThat(hung.mediator()).isEqualTo("hill-climber");
        assertThat(hung.utilities()).containsExactly(0.5, 0.0);

        assertThat(r.get("split/nash-seeker/throws+truthful/1").reason()).contains("injected fault");
        assertThat(r.get("split/nash-seeker/throws+truthful/1").endedBy()).isZero();
        assertThat(r.get("split/annealer/truthful+oom/1").reason()).contains("OutOfMemoryError");

        SessionResult mediatorHung = r.get("split/hangs/truthful+truthful/1");
        assertThat(mediatorHung.ending()).isEqualTo(Ending.FORFEIT);
        assertThat(mediatorHung.endedBy()).as("no party is to blame").isEqualTo(-1);
        assertThat(mediatorHung.reason()).isEqualTo("the mediator did not answer within the action limit of 100 ms");
        assertThat(mediatorHung.utilities()).containsExactly(0.5, 0.5);
        SessionResult overflow = r.get("split/overflows/truthful+strategic/1");
        assertThat(overflow.endedBy()).isEqualTo(-1);
        assertThat(overflow.reason()).startsWith("the mediator threw java.lang.StackOverflowError");
    }

    @Test
    void anyProtocolRunsBothKindsAsTheirOwnEnginesDo() throws InterruptedException {
        SessionSpec mediated = spec("nash-seeker", "truthful", "strategic");
        String id = "split/boulware+linear/1";
        SessionSpec alternating = new SessionSpec(id, SPLIT, List.of("boulware", "linear"), Deadline.rounds(50),
                Seeds.session(3, id), Duration.ZERO);
        Map<String, SessionResult> r = run(Mediation.anyProtocol(org.detente.rehearsal.agents.BuiltInAgents.registry()),
                List.of(mediated, alternating), 2);
        assertThat(r.get(mediated.id())).isEqualTo(Mediation.run(mediated, SessionOptions.defaults()));
        assertThat(r.get(id)).isEqualTo(Sessions.run(alternating, org.detente.rehearsal.agents.BuiltInAgents.registry(), SessionOptions.defaults()));
        assertThat(r.get(id).mediator()).isEmpty();
        assertThatThrownBy(() -> Sessions.run(mediated, org.detente.rehearsal.agents.BuiltInAgents.registry(), SessionOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("single-text");
        assertThatThrownBy(() -> Mediation.run(alternating, SessionOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no mediator");
    }
}
