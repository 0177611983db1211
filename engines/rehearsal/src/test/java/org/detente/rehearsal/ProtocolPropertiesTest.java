package org.detente.rehearsal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import org.detente.rehearsal.agents.BuiltInAgents;

/** Invariants of every session, whoever plays, on random scenarios of 2 and 3 parties. */
class ProtocolPropertiesTest {
    private static final List<String> AGENTS = List.copyOf(BuiltInAgents.registry().names());

    @Provide
    Arbitrary<String> agent() {
        return Arbitraries.of(AGENTS);
    }

    @Property(tries = 150)
    void sessionsAreConsistent(@ForAll long seed, @ForAll @IntRange(min = 2, max = 3) int parties,
                               @ForAll("agent") String a, @ForAll("agent") String b, @ForAll("agent") String c,
                               @ForAll @IntRange(min = 1, max = 80) int rounds) {
        Scenario s = Scenario.prepare(Scenarios.random(seed, parties, 3, 4, 0.2, 0.9));
        List<String> names = parties == 2 ? List.of(a, b) : List.of(a, b, c);
        var r = Sessions.run(new SessionSpec("p", s, names, Deadline.rounds(rounds), seed, Duration.ZERO),
                BuiltInAgents.registry(), SessionOptions.defaults().withTrace(true));
        assertThat(r.ending()).isNotEqualTo(Ending.FORFEIT);
        assertThat(r.rounds()).isBetween(1, rounds);
        assertThat(r.offers()).isEqualTo(r.trace().size()).isLessThanOrEqualTo(rounds * parties);
        assertThat(r.time()).isBetween(0.0, 1.0);
        double welfare = 0;
        for (int p = 0; p < parties; p++) {
            double raw = r.agreement() ? s.table(p).utility(r.outcomeIndex()) : 0.2;
            assertThat(r.rawUtilities().get(p)).isEqualTo(raw);
            assertThat(r.utilities().get(p)).isCloseTo(raw * Math.pow(0.9, r.time()),
                    org.assertj.core.data.Offset.offset(1e-12));
            welfare += r.utilities().get(p);
        }
        assertThat(r.welfare()).isCloseTo(welfare, org.assertj.core.data.Offset.offset(1e-12));
        if (r.agreement()) {
            assertThat(r.outcomeIndex()).isEqualTo(r.trace().get(r.trace().size() - 1).outcome());
            assertThat(r.paretoDistance()).isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(r.nashDistance() + 1e-9);
        } else {
            assertThat(r.paretoDistance()).isNaN();
        }
        for (TracedOffer t : r.trace()) {
            assertThat(t.outcome()).isBetween(0L, (long) s.table(0).size() - 1);
        }
    }
}
