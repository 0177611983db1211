package org.detente.rehearsal.boa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.detente.rehearsal.Deadline;
import org.detente.rehearsal.NegotiationView;
import org.detente.rehearsal.OfferHistory;
import org.detente.rehearsal.Scenario;
import org.detente.rehearsal.UtilityTable;
import org.detente.testcases.RandomCases;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** What an agent keeps of the other side's offers, read a few turns at a time. */
class TheirOffersTest {

    /** One party's view of a history of offers; the history grows between turns. */
    private record View(UtilityTable own, int me, List<long[]> offers) implements NegotiationView, OfferHistory {
        @Override
        public OfferHistory history() {
            return this;
        }

        @Override
        public int size() {
            return offers.size();
        }

        @Override
        public long outcome(int i) {
            return offers.get(i)[0];
        }

        @Override
        public int party(int i) {
            return (int) offers.get(i)[1];
        }

        @Override
        public double time(int i) {
            return i / 1000.0;
        }

        @Override
        public long standingOffer() {
            return offers.isEmpty() ? -1 : outcome(offers.size() - 1);
        }

        @Override
        public int standingProposer() {
            return offers.isEmpty() ? -1 : party(offers.size() - 1);
        }

        @Override
        public int parties() {
            return 2;
        }

        @Override
        public Deadline deadline() {
            return Deadline.rounds(1000);
        }

        @Override
        public double time() {
            return offers.size() / 1000.0;
        }

        @Override
        public int round() {
            return offers.size() / 2;
        }
    }

    @Property
    void eachOfferOfTheOthersIsSeenOnceInOrderAndTheBestAboveTheFloorKept(
            @ForAll @IntRange(min = 0, max = 1000) int seed, @ForAll @IntRange(min = 0, max = 60) int length,
            @ForAll @IntRange(min = 0, max = 9) int reservation) {
        UtilityTable own = Scenario.prepare(RandomCases.tables(seed, 2, 3, 4, reservation / 10.0, 1)).table(0);
        double floor = Math.max(own.worst(), own.reservationValue());
        List<Long> modelled = new ArrayList<>();
        List<Long> listened = new ArrayList<>();
        OpponentModel model = new OpponentModel() {
            @Override
            public void observe(long outcome, double time) {
                modelled.add(outcome);
            }

            @Override
            public double utility(long outcome) {
                return 0;
            }
        };
        TheirOffers floored = new TheirOffers(model, t -> floor, (o, u, time) -> {
            assertThat(u).isEqualTo(own.utility(o));
            listened.add(o);
        });
        TheirOffers all = new TheirOffers(OpponentModel.NONE);
        View view = new View(own, 0, new ArrayList<>());
        SplittableRandom random = new SplittableRandom(seed);
        List<Long> theirs = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            int party = random.nextInt(2);
            long o = random.nextLong(own.size());
            view.offers().add(new long[] {o, party});
            if (party == 1) {
                theirs.add(o);
            }
            if (random.nextInt(3) == 0 || i == length - 1) {
                int before = modelled.size();
                assertThat(floored.observe(view)).isEqualTo(modelled.size() > before);
                all.observe(view);
                assertThat(floored.best()).isEqualTo(best(own, theirs, floor));
                assertThat(all.best()).isEqualTo(best(own, theirs, Double.NEGATIVE_INFINITY));
            }
        }
        assertThat(modelled).isEqualTo(theirs);
        assertThat(listened).isEqualTo(theirs);
    }

    /** The first of the offers worth the most, at least the floor; -1 if none is. */
    private static long best(UtilityTable own, List<Long> offers, double floor) {
        long best = -1;
        for (long o : offers) {
            if (own.utility(o) >= floor && (best < 0 || own.utility(o) > own.utility(best))) {
                best = o;
            }
        }
        return best;
    }
}
