package org.detente.rehearsal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.detente.model.NegotiationCase;
import org.detente.model.Party;
import org.detente.model.Preferences;
import org.detente.model.RedLine;
import org.detente.rehearsal.agents.BuiltInAgents;
import org.junit.jupiter.api.Test;

/** Red lines in sessions: never ranked, never offered or accepted by their holder, enforced by the protocol. */
class RedLinesTest {
    private static final List<String> AGENTS = List.copyOf(BuiltInAgents.registry().names());

    /** A random case where every party refuses one random value of one random issue. */
    static NegotiationCase withRedLines(long seed, int parties, int issues, int values) {
        NegotiationCase c = Scenarios.random(seed, parties, issues, values, 0.1, 1);
        Random r = new Random(seed ^ 0x5DEECE66DL);
        List<Party> ps = new ArrayList<>();
        for (Party p : c.parties()) {
            Preferences q = p.preferences();
            RedLine line = new RedLine.Refuse(r.nextInt(issues), List.of(r.nextInt(values)));
            ps.add(new Party(p.name(), new Preferences(q.utility(), q.reservationValue(), q.discountFactor(),
                    List.of(line))));
        }
        return new NegotiationCase(c.name(), c.description(), c.domain(), ps);
    }

    @Test
    void theTableRanksOnlyPermittedOutcomes() {
        NegotiationCase c = withRedLines(3, 2, 3, 4);
        Preferences p = c.parties().get(0).preferences();
        UtilityTable t = UtilityTable.of(p, 1_000);
        assertThat(t.size()).isEqualTo(64);
        assertThat(t.ranks()).isEqualTo(48);
        int[] v = new int[3];
        int permitted = 0;
        for (int o = 0; o < t.size(); o++) {
            c.domain().outcomeSpace().decode(o, v);
            assertThat(t.permits(o)).isEqualTo(p.allows(v));
            permitted += t.permits(o) ? 1 : 0;
        }
        assertThat(permitted).isEqualTo(t.ranks());
        for (int r = 0; r < t.ranks(); r++) {
            assertThat(t.permits(t.outcomeAt(r))).isTrue();
            if (r > 0) {
                assertThat(t.utilityAt(r)).isLessThanOrEqualTo(t.utilityAt(r - 1));
            }
        }
    }

    @Test
    void aPartyThatRefusesEverythingIsRefused() {
        NegotiationCase c = Scenarios.random(4, 2, 1, 3, 0, 1);
        Preferences q = c.parties().get(0).preferences();
        Preferences all = new Preferences(q.utility(), 0, 1, List.of(new RedLine.Refuse(0, List.of(0, 1, 2))));
        assertThatThrownBy(() -> UtilityTable.of(all, 1_000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("refuse every outcome");
    }

    @Test
    void theProtocolForfeitsAPartyThatCrossesItsOwnRedLine() {
        Scenario s = Scenario.prepare(withRedLines(5, 2, 3, 4));
        int refused = firstRefused(s.table(0));
        int refusedByOther = firstRefused(s.table(1));
        var offered = Negotiation.run(s, List.of(v -> new Offer(refused), new Scripted()), List.of("a", "b"),
                Deadline.rounds(5), SessionOptions.defaults());
        assertThat(offered.ending()).isEqualTo(Ending.FORFEIT);
        assertThat(offered.endedBy()).isZero();
        assertThat(offered.reason()).contains("its own red lines refuse");
        var accepted = Negotiation.run(s, List.of(v -> new Offer(refusedByOther), v -> Accept.INSTANCE),
                List.of("a", "b"), Deadline.rounds(5), SessionOptions.defaults());
        if (s.table(0).permits(refusedByOther)) {
            assertThat(accepted.ending()).isEqualTo(Ending.FORFEIT);
            assertThat(accepted.endedBy()).isEqualTo(1);
            assertThat(accepted.reason()).contains("accepted").contains("its own red lines refuse");
        }
    }

    private static int firstRefused(UtilityTable t) {
        for (int o = 0; o < t.size(); o++) {
            if (!t.permits(o)) {
                return o;
            }
        }
        throw new AssertionError("no refused outcome");
    }

    @Provide
    Arbitrary<String> agent() {
        return Arbitraries.of(AGENTS);
    }

    @Property(tries = 120)
    void builtInAgentsNeverCrossARedLine(@ForAll long seed, @ForAll @IntRange(min = 2, max = 3) int parties,
                                         @ForAll("agent") String a, @ForAll("agent") String b,
                                         @ForAll("agent") String c, @ForAll @IntRange(min = 1, max = 60) int rounds) {
        Scenario s = Scenario.prepare(withRedLines(seed, parties, 3, 3));
        List<String> names = parties == 2 ? List.of(a, b) : List.of(a, b, c);
        var r = Sessions.run(new SessionSpec("r", s, names, Deadline.rounds(rounds), seed, Duration.ZERO),
                BuiltInAgents.registry(), SessionOptions.defaults().withTrace(true));
        assertThat(r.ending()).isNotEqualTo(Ending.FORFEIT);
        for (TracedOffer t : r.trace()) {
            assertThat(s.table(t.party()).permits(t.outcome())).isTrue();
        }
        if (r.agreement()) {
            for (int p = 0; p < parties; p++) {
                assertThat(s.table(p).permits(r.outcomeIndex())).as("party %d permits the agreement", p).isTrue();
            }
        }
    }
}
