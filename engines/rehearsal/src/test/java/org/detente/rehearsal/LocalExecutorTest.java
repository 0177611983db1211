package org.detente.rehearsal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

import org.detente.rehearsal.agents.BuiltInAgents;

/** Determinism across thread counts; isolation of faulty agents. */
@Tag("slow")
class LocalExecutorTest {
    private static Map<String, SessionResult> run(List<SessionSpec> plan, int threads, AgentRegistry reg)
            throws InterruptedException {
        Map<String, SessionResult> out = new TreeMap<>();
        new LocalExecutor(threads, reg, Clock.SYSTEM).execute(plan, (spec, r) -> {
            assertThat(out.put(spec.id(), r)).isNull();
        });
        return out;
    }

    /** Every ordered pair of the agents on each two-party scenario, repeated, named and seeded as in a tournament. */
    private static List<SessionSpec> pairs(List<Scenario> scenarios, List<String> agents, int repetitions,
                                           Deadline deadline, long seed, Duration actionLimit) {
        List<SessionSpec> out = new ArrayList<>();
        for (Scenario s : scenarios) {
            for (String a : agents) {
                for (String b : agents) {
                    for (int r = 1; r <= repetitions; r++) {
                        String id = s.name() + "/" + a + "+" + b + "/" + r;
                        out.add(new SessionSpec(id, s, List.of(a, b), deadline, Seeds.session(seed, id), actionLimit));
                    }
                }
            }
        }
        return out;
    }

    @Test
    void sameSeedSameResultsOnOneOrManyThreads() throws InterruptedException {
        var plan = pairs(List.of(Scenarios.armsControl(), Scenarios.randomScenario(3, 2, 3, 5)),
                List.of("boulware", "random", "improviser", "strategist"), 3, Deadline.rounds(100), 17, Duration.ZERO);
        assertThat(plan).hasSize(2 * 16 * 3);
        var one = run(plan, 1, BuiltInAgents.registry());
        var many = run(plan, 4, BuiltInAgents.registry());
        assertThat(one).hasSize(plan.size()).isEqualTo(many);
        var other = run(pairs(List.of(Scenarios.armsControl()), List.of("random"), 3, Deadline.rounds(100),
                18, Duration.ZERO), 2, BuiltInAgents.registry());
        assertThat(other.values()).isNotEqualTo(List.copyOf(one.values()).subList(0, 3));
    }

    @Test
    void faultyAgentsForfeitAndTheTournamentGoesOn() throws InterruptedException {
        var plan = pairs(List.of(Scenarios.randomScenario(4, 2, 3, 4)),
                List.of("boulware", "throws", "hangs", "invalid"), 1, Deadline.rounds(50), 1, Duration.ofMillis(100));
        var results = run(plan, 2, Faulty.registry());
        assertThat(results).hasSize(16);
        var bb = results.get("random-4/boulware+boulware/1");
        assertThat(bb.ending()).isNotEqualTo(Ending.FORFEIT);
        var thrown = results.get("random-4/boulware+throws/1");
        assertThat(thrown.ending()).isEqualTo(Ending.FORFEIT);
        assertThat(thrown.endedBy()).isEqualTo(1);
        assertThat(thrown.reason()).contains("injected fault");
        var hung = results.get("random-4/hangs+boulware/1");
        assertThat(hung.ending()).isEqualTo(Ending.FORFEIT);
        assertThat(hung.endedBy()).isZero();
        assertThat(hung.reason()).contains("action limit");
        var invalid = results.get("random-4/boulware+invalid/1");
        assertThat(invalid.reason()).contains("outside");
        assertThat(invalid.utilities().get(1)).isZero();
    }

    /** On its third turn: spins, ignoring interrupts, until {@code release}; or sleeps, which an interrupt ends. */
    private static AgentFactory thirdTurn(java.util.concurrent.atomic.AtomicBoolean release, boolean spin) {
        return org.detente.rehearsal.testing.FaultyAgents.onThirdTurn(() -> {
            if (!spin) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    throw new IllegalStateException("interrupted", e);
                }
            }
            while (!release.get()) {
                Thread.onSpinWait(); // ignores interrupts on purpose
            }
        });
    }

    @Test
    void aForfeitedAgentThatIgnoresItsInterruptIsNamedWithTheCpuItBurns() throws InterruptedException {
        var release = new java.util.concurrent.atomic.AtomicBoolean();
        AgentRegistry reg = org.detente.rehearsal.agents.BuiltInAgents.registry().with("spins", thirdTurn(release, true))
                .with("sleeps", thirdTurn(release, false));
        var plan = pairs(List.of(Scenarios.randomScenario(4, 2, 3, 4)), List.of("boulware", "spins", "sleeps"), 1,
                Deadline.rounds(50), 1, Duration.ofMillis(100));
        LocalExecutor executor = new LocalExecutor(2, reg, Clock.SYSTEM);
        try {
            Map<String, SessionResult> results = new TreeMap<>();
            executor.execute(plan, (spec, r) -> results.put(spec.id(), r));
            List<String> spun = new ArrayList<>();
            for (SessionSpec spec : plan) {
                SessionResult r = results.get(spec.id());
                if (r.ending() == Ending.FORFEIT && spec.agents().get(r.endedBy()).equals("spins")) {
                    spun.add(spec.id());
                }
            }
            assertThat(spun).hasSizeGreaterThanOrEqualTo(3);
            Thread.sleep(300);
            List<AbandonedAgent> abandoned = executor.abandoned();
            // the sleeping agent stopped at its interrupt; every spinning one is named, with its CPU since
            assertThat(abandoned).extracting(AbandonedAgent::session).containsExactlyInAnyOrderElementsOf(spun);
            assertThat(abandoned).allSatisfy(a -> {
                assertThat(a.agent()).isEqualTo("spins");
                assertThat(a.cpuNanos()).isPositive();
                assertThat(a.describe()).contains("agent 'spins' of session " + a.session())
                        .contains("ignored the interrupt").contains("s of CPU since");
            });
        } finally {
            release.set(true);
        }
        Thread.sleep(100);
        assertThat(executor.abandoned()).as("an agent that stops is no longer listed").isEmpty();
    }
}
