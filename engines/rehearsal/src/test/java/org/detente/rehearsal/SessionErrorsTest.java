package org.detente.rehearsal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An {@link Error} in a session never hangs the run (issue 17, item 1): an agent's stack overflow
 * or out-of-memory error forfeits its session and frees its slot; an error outside any agent stops
 * the run with an {@link EngineFailure}. The timeouts are watchdogs: before the fix these hung.
 */
class SessionErrorsTest {
    private static List<SessionSpec> plan(List<String> agents) {
        Scenario s = Scenarios.randomScenario(4, 2, 3, 4);
        List<SessionSpec> out = new ArrayList<>();
        for (String a : agents) {
            for (String b : agents) {
                String id = s.name() + "/" + a + "+" + b;
                out.add(new SessionSpec(id, s, List.of(a, b), Deadline.rounds(50), Seeds.session(3, id), Duration.ZERO));
            }
        }
        return out;
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void errorsInAgentsForfeitTheirSessionsAndTheRunGoesOn() throws InterruptedException {
        var plan = plan(List.of("boulware", "recurses", "oom", "oom-at-birth"));
        Map<String, SessionResult> out = new TreeMap<>();
        new LocalExecutor(1, Faulty.registry(), Clock.SYSTEM).execute(plan, (spec, r) -> out.put(spec.id(), r));
        assertThat(out).hasSize(16);
        var deep = out.get("random-4/boulware+recurses");
        assertThat(deep.ending()).isEqualTo(Ending.FORFEIT);
        assertThat(deep.endedBy()).isEqualTo(1);
        assertThat(deep.reason()).contains("StackOverflowError");
        var oom = out.get("random-4/oom+boulware");
        assertThat(oom.endedBy()).isZero();
        assertThat(oom.reason()).contains("OutOfMemoryError");
        var unborn = out.get("random-4/boulware+oom-at-birth");
        assertThat(unborn.reason()).startsWith("could not be created").contains("OutOfMemoryError");
        assertThat(out.get("random-4/boulware+boulware").ending()).isNotEqualTo(Ending.FORFEIT);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anErrorOutsideTheAgentsStopsTheRunInsteadOfHanging() {
        var plan = plan(List.of("boulware", "random"));
        List<String> stored = new ArrayList<>();
        var executor = new LocalExecutor(2, Faulty.registry(), Clock.SYSTEM);
        assertThatThrownBy(() -> executor.execute(plan, (spec, r) -> {
            if (stored.size() == 1) {
                throw new OutOfMemoryError("Java heap space");
            }
            stored.add(spec.id());
        })).isInstanceOf(EngineFailure.class).hasMessageContaining("OutOfMemoryError");
        assertThat(stored).hasSize(1);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anErrorThrownByTheEngineStopsTheRunNamingTheSession() {
        AgentRegistry reg = Faulty.registry().with("nothing", s -> v -> {
            throw new InternalError("the JVM is in trouble");
        });
        var plan = plan(List.of("nothing"));
        assertThatThrownBy(() -> new LocalExecutor(1, reg, Clock.SYSTEM).execute(plan, (spec, r) -> { }))
                .isInstanceOf(EngineFailure.class)
                .hasMessageContaining("random-4/nothing+nothing").hasMessageContaining("InternalError");
    }
}
