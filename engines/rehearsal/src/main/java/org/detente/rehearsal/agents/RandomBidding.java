package org.detente.rehearsal.agents;

import java.util.random.RandomGenerator;

import org.detente.rehearsal.NegotiationView;
import org.detente.rehearsal.UtilityTable;
import org.detente.rehearsal.boa.BiddingStrategy;
import org.detente.rehearsal.boa.OpponentModel;

/** Offers an outcome drawn uniformly from those worth at least its reservation value (all, if none is). */
final class RandomBidding implements BiddingStrategy {
    private final RandomGenerator random;

    RandomBidding(RandomGenerator random) {
        this.random = random;
    }

    @Override
    public long nextOffer(NegotiationView view, OpponentModel model) {
        UtilityTable own = view.own();
        int last = own.lastRankAtLeast(own.reservationValue());
        int bound = last < 0 ? own.ranks() : last + 1;
        return own.outcomeAt(random.nextInt(bound));
    }
}
