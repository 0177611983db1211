package org.detente.rehearsal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The protocol's rules: turns, agreement, walk-away, deadlines, discounting, forfeits. */
class NegotiationTest {
    private static final Scenario TWO = Scenarios.randomScenario(1, 2, 3, 4);
    private static final Scenario THREE = Scenarios.randomScenario(2, 3, 3, 4);

    private static SessionResult run(Scenario s, Deadline d, SessionOptions o, Agent... agents) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < agents.length; i++) {
            names.add("a" + i);
        }
        return Negotiation.run(s, List.of(agents), names, d, o);
    }

    private static SessionResult run(Scenario s, int rounds, Agent... agents) {
        return run(s, Deadline.rounds(rounds), SessionOptions.defaults().withTrace(true), agents);
    }

    @Test
    void twoPartiesAgreeWhenTheOtherAccepts() {
        var r = run(TWO, 10, new Scripted(new Offer(5)), new Scripted(Accept.INSTANCE));
        assertThat(r.agreement()).isTrue();
        assertThat(r.ending()).isEqualTo(Ending.AGREEMENT);
        assertThat(r.outcomeIndex()).isEqualTo(5);
        assertThat(r.rounds()).isEqualTo(1);
        assertThat(r.offers()).isEqualTo(1);
        assertThat(r.utilities()).containsExactly(TWO.table(0).utility(5), TWO.table(1).utility(5));
        assertThat(r.trace()).hasSize(1);
        assertThat(r.trace().get(0).utilities()).containsExactly(TWO.table(0).utility(5), TWO.table(1).utility(5));
        assertThat(r.paretoDistance()).isGreaterThanOrEqualTo(0);
        assertThat(r.nashDistance()).isGreaterThanOrEqualTo(r.paretoDistance() - 1e-12);
    }

    @Test
    void threePartiesNeedEveryOtherAcceptance() {
        var r = run(THREE, 10, new Scripted(new Offer(3), Accept.INSTANCE), new Scripted(Accept.INSTANCE, new Offer(7)),
                new Scripted(new Offer(9), Accept.INSTANCE, Accept.INSTANCE));
        // p0 offers 3, p1 accepts, p2 counters 9 (acceptances cleared), p0 accepts, p1 offers 7, p2 accepts,
        // p0 walks away (script over)
        assertThat(r.agreement()).isFalse();
        assertThat(r.ending()).isEqualTo(Ending.WALK_AWAY);
        assertThat(r.endedBy()).isEqualTo(0);
        var agreed = run(THREE, 10, new Scripted(new Offer(3)), new Scripted(Accept.INSTANCE),
                new Scripted(Accept.INSTANCE));
        assertThat(agreed.agreement()).isTrue();
        assertThat(agreed.outcomeIndex()).isEqualTo(3);
    }

    @Test
    void deadlineByRoundsGivesReservationValues() {
        Agent stubborn = v -> new Offer(0);
        var r = run(TWO, 7, stubborn, stubborn);
        assertThat(r.ending()).isEqualTo(Ending.DEADLINE);
        assertThat(r.rounds()).isEqualTo(7);
        assertThat(r.offers()).isEqualTo(14);
        assertThat(r.utilities()).containsExactly(0.0, 0.0);
        assertThat(r.paretoDistance()).isNaN();
    }

    @Test
    void discountingAsGenius() {
        Scenario s = Scenario.prepare(Scenarios.random(3, 2, 2, 3, 0.3, 0.5));
        // accepted in round 5 of 10: t = 0.5, so u · 0.5^0.5
        Agent offerer = v -> new Offer(4);
        Agent late = v -> v.round() == 5 ? Accept.INSTANCE : new Offer(4);
        var r = run(s, 10, offerer, late);
        assertThat(r.agreement()).isTrue();
        assertThat(r.time()).isEqualTo(0.5);
        assertThat(r.utilities().get(0)).isEqualTo(s.table(0).utility(4) * Math.pow(0.5, 0.5));
        assertThat(r.rawUtilities().get(0)).isEqualTo(s.table(0).utility(4));
        var none = run(s, 10, offerer, v -> new Offer(4));
        assertThat(none.utilities()).containsExactly(0.3 * 0.5, 0.3 * 0.5);
    }

    @Test
    void timeDeadlineOnAnInjectedClock() {
        long[] now = {0};
        Clock clock = () -> now[0];
        Agent ticking = v -> {
            now[0] += 1_000_000; // each action takes 1 ms
            return new Offer(1);
        };
        var deadline = new Deadline.Time(Duration.ofMillis(10), clock);
        var r = run(TWO, deadline, SessionOptions.defaults(), ticking, ticking);
        assertThat(r.ending()).isEqualTo(Ending.DEADLINE);
        assertThat(r.offers()).isEqualTo(10);
        assertThat(r.time()).isEqualTo(1.0);
        assertThat(deadline.stoppedAtCap(r)).isFalse();
    }

    @Test
    void aTimeDeadlineFitsItsRoundsToTheMemoryGiven() {
        var uncapped = new Deadline.Time(Duration.ofHours(1), Clock.SYSTEM);
        // two parties, each keeping both offers of a round at 20 bytes: 80 bytes a round
        assertThat(uncapped.fitting(7 * 80 + 79, 2).maxRounds()).isEqualTo(7);
        assertThat(uncapped.fitting(0, 2).maxRounds()).isEqualTo(1);
        assertThat(uncapped.fitting(Long.MAX_VALUE, 2).maxRounds()).isEqualTo(Integer.MAX_VALUE);
        assertThat(uncapped.capped(5).fitting(7 * 80, 2).maxRounds()).isEqualTo(5);
        assertThat(uncapped.fitting(7 * 3 * 3 * 20, 3).maxRounds()).isEqualTo(7);
    }

    @Test
    void aTimeDeadlinesCapOfRoundsEndsTheSessionFirst() {
        Clock clock = () -> 0; // time stands still: only the cap can end it
        Agent stubborn = v -> new Offer(1);
        var deadline = new Deadline.Time(Duration.ofHours(1), clock, 7);
        var r = run(TWO, deadline, SessionOptions.defaults(), stubborn, stubborn);
        assertThat(r.ending()).isEqualTo(Ending.DEADLINE);
        assertThat(r.rounds()).isEqualTo(7);
        assertThat(r.offers()).isEqualTo(14);
        assertThat(deadline.stoppedAtCap(r)).isTrue();
        assertThatThrownBy(() -> new Deadline.Time(Duration.ofHours(1), clock, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void forfeits() {
        Agent ok = v -> new Offer(0);
        assertForfeit(run(TWO, 5, ok, v -> {
            throw new IllegalStateException("boom");
        }), 1, "threw java.lang.IllegalStateException: boom");
        assertForfeit(run(TWO, 5, v -> new Offer(1_000_000), ok), 0, "outside");
        assertForfeit(run(TWO, 5, v -> Accept.INSTANCE, ok), 0, "no offer on the table");
        assertForfeit(run(TWO, 5, ok, v -> null), 1, "no action");
        long[] now = {0};
        Agent slow = v -> {
            now[0] += 2_000_000_000L;
            return new Offer(0);
        };
        var r = run(TWO, Deadline.rounds(5), new SessionOptions(Duration.ofSeconds(1), () -> now[0], TraceWindow.NONE, null, null),
                ok, slow);
        assertForfeit(r, 1, "over the limit");
    }

    private static void assertForfeit(SessionResult r, int party, String reason) {
        assertThat(r.ending()).isEqualTo(Ending.FORFEIT);
        assertThat(r.endedBy()).isEqualTo(party);
        assertThat(r.reason()).contains(reason);
        assertThat(r.utilities().get(party)).isZero();
        assertThat(r.agreement()).isFalse();
    }

    @Test
    void eventsInOrder() {
        List<NegotiationEvent> events = new ArrayList<>();
        run(TWO, Deadline.rounds(5), SessionOptions.defaults().withListener(events::add), new Scripted(new Offer(2)),
                new Scripted(new Offer(3)));
        assertThat(events).containsExactly(new NegotiationEvent.OfferMade(0, 0, 2, 0.0),
                new NegotiationEvent.OfferMade(0, 1, 3, 0.0), new NegotiationEvent.WalkedAway(1, 0));
    }

    @Test
    void agentsSeeTheHistory() {
        List<Long> seen = new ArrayList<>();
        Agent watcher = v -> {
            if (v.history().size() > 0) {
                seen.add(v.history().outcome(v.history().size() - 1));
            }
            return v.round() < 2 ? new Offer(v.round() + 10) : EndNegotiation.INSTANCE;
        };
        run(TWO, 5, watcher, watcher);
        assertThat(seen).containsExactly(10L, 10L, 11L, 11L);
    }
}
