package org.detente.rehearsal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import org.detente.rehearsal.agents.BuiltInAgents;

/**
 * A trace window keeps exactly the first and last offers of the full trace, whatever the session's
 * length; a party's blocked copy of the history reads back what was appended.
 */
class TraceWindowTest {

    @Property(tries = 60)
    void aWindowKeepsTheHeadAndTailOfTheFullTrace(@ForAll long seed, @ForAll @IntRange(min = 2, max = 3) int parties,
                                                  @ForAll @IntRange(min = 1, max = 400) int rounds,
                                                  @ForAll @IntRange(min = 0, max = 30) int head,
                                                  @ForAll @IntRange(min = 0, max = 30) int tail) {
        Scenario s = Scenario.prepare(Scenarios.random(seed, parties, 3, 4, 0.2, 0.9));
        List<String> agents = parties == 2 ? List.of("hardliner", "random") : List.of("hardliner", "random", "linear");
        var spec = new SessionSpec("w", s, agents, Deadline.rounds(rounds), seed, Duration.ZERO);
        SessionResult all = Sessions.run(spec, BuiltInAgents.registry(), SessionOptions.defaults().withTrace(true));
        SessionResult some = Sessions.run(spec, BuiltInAgents.registry(),
                SessionOptions.defaults().withTrace(new TraceWindow(head, tail)));
        List<TracedOffer> full = all.trace();
        int h = Math.min(head, full.size());
        int t = Math.min(tail, full.size() - h);
        assertThat(some.offers()).isEqualTo(all.offers()).isEqualTo(full.size());
        assertThat(some.trace()).hasSize(h + t);
        assertThat(some.trace().subList(0, h)).isEqualTo(full.subList(0, h));
        assertThat(some.trace().subList(h, h + t)).isEqualTo(full.subList(full.size() - t, full.size()));
    }

    @Property(tries = 40)
    void aWindowOfAMediatedSessionToo(@ForAll long seed, @ForAll @IntRange(min = 1, max = 300) int rounds,
                                      @ForAll @IntRange(min = 0, max = 20) int head,
                                      @ForAll @IntRange(min = 0, max = 20) int tail) {
        Scenario s = Scenario.prepare(Scenarios.random(seed, 2, 3, 4, 0.2, 0.9));
        var spec = new SessionSpec("m", s, List.of("truthful", "strategic"), Deadline.rounds(rounds), seed,
                Duration.ZERO, "annealer");
        List<TracedOffer> full = org.detente.rehearsal.mediation.Mediation.run(spec,
                SessionOptions.defaults().withTrace(true)).trace();
        List<TracedOffer> some = org.detente.rehearsal.mediation.Mediation.run(spec,
                SessionOptions.defaults().withTrace(new TraceWindow(head, tail))).trace();
        int h = Math.min(head, full.size());
        int t = Math.min(tail, full.size() - h);
        assertThat(some).isEqualTo(concat(full.subList(0, h), full.subList(full.size() - t, full.size())));
    }

    @Property(tries = 30)
    void theBlockedHistoryReadsBackEveryOffer(@ForAll long seed, @ForAll @IntRange(min = 0, max = 3) int capacityLog,
                                              @ForAll @IntRange(min = 0, max = 3 * PublicHistory.BLOCK + 7) int offers) {
        var random = new SplittableRandom(seed);
        long[] outcome = new long[offers];
        int[] party = new int[offers];
        double[] time = new double[offers];
        var h = new PublicHistory(1 << (capacityLog * 4));
        for (int i = 0; i < offers; i++) {
            outcome[i] = random.nextLong(1L << 40);
            party[i] = random.nextInt(5);
            time[i] = random.nextDouble();
            h.append(outcome[i], party[i], time[i]);
        }
        assertThat(h.size()).isEqualTo(offers);
        for (int i = 0; i < offers; i++) {
            assertThat(h.outcome(i)).isEqualTo(outcome[i]);
            assertThat(h.party(i)).isEqualTo(party[i]);
            assertThat(h.time(i)).isEqualTo(time[i]);
        }
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        var out = new java.util.ArrayList<T>(a);
        out.addAll(b);
        return out;
    }
}
