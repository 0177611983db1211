package org.detente.rehearsal.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The exchanges an agent has left: exact in rounds, estimated from the pace in time. */
class PacingTest {

    @Property
    void inRoundsOnlyTheFirstPartysLastOfferCanStillBeAnswered(@ForAll @IntRange(min = 1, max = 500) int rounds,
                                                                @ForAll @IntRange(min = 0, max = 499) int r) {
        int round = r % rounds;
        Pacing first = Pacing.rounds(rounds, round, 0);
        Pacing second = Pacing.rounds(rounds, round, 1);
        assertThat(first.turnsLeft()).isEqualTo(rounds - round);
        assertThat(second.turnsLeft()).isEqualTo(rounds - round);
        assertThat(first.offersLeft()).isEqualTo(rounds - round);
        assertThat(second.offersLeft()).isEqualTo(rounds - round - 1);
        assertThat(first.lastTurn()).isEqualTo(round == rounds - 1);
    }

    @Property
    void aSteadyPaceInTimeGivesTheTurnsOfTheSameDeadlineInRounds(@ForAll @IntRange(min = 2, max = 500) int rounds,
                                                                 @ForAll @IntRange(min = 0, max = 499) int r,
                                                                 @ForAll @IntRange(min = 0, max = 2) int me) {
        int round = r % rounds;
        int parties = 3;
        double t = (round + (double) me / parties) / rounds;
        Pacing p = Pacing.time(t, round, me, parties);
        if (round == 0 && me == 0) {
            assertThat(p.turnsLeft()).as("no pace measured yet").isEqualTo(Integer.MAX_VALUE);
        } else {
            assertThat(p.turnsLeft()).isEqualTo(rounds - round);
            assertThat(p.offersLeft()).isEqualTo(rounds - round - 1);
        }
    }

    @Property
    void theFinalConcessionNeverComesBackAndEndsAtTheLastAnswerableOffer(
            @ForAll @IntRange(min = 1, max = 300) int rounds, @ForAll @IntRange(min = 0, max = 1) int me,
            @ForAll @IntRange(min = 1, max = 10) int finalOffers) {
        double previous = 1;
        for (int round = 0; round < rounds; round++) {
            Pacing p = Pacing.rounds(rounds, round, me);
            double w = p.withheld((double) round / rounds, 0.9, finalOffers);
            assertThat(w).isBetween(0.0, previous);
            if (p.offersLeft() <= 1) {
                assertThat(w).isZero();
            }
            if (p.offersLeft() > finalOffers && round < 0.9 * rounds) {
                assertThat(w).isEqualTo(1.0);
            }
            previous = w;
        }
    }

    @Test
    void spreadsTheConcessionOverTheLastOffersOfAShortSession() {
        double[] withheld = new double[10];
        for (int round = 0; round < 10; round++) {
            withheld[round] = Pacing.rounds(10, round, 0).withheld(round / 10.0, 0.9, 4);
        }
        assertThat(withheld).containsExactly(1, 1, 1, 1, 1, 1, 0.75, 0.5, 0.25, 0);
    }

    @Test
    void refusesCountsOutOfRange() {
        assertThatThrownBy(() -> new Pacing(0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was 0 turns");
        assertThatThrownBy(() -> new Pacing(2, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Pacing(2, 1).withheld(0.5, 1, 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hold=1.0");
    }
}
