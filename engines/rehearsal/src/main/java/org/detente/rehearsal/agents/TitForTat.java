package org.detente.rehearsal.agents;

import org.detente.rehearsal.NegotiationView;
import org.detente.rehearsal.OfferHistory;
import org.detente.rehearsal.UtilityTable;
import org.detente.rehearsal.boa.BiddingStrategy;
import org.detente.rehearsal.boa.OpponentModel;

/**
 * Relative tit-for-tat (after Baarslag, Hindriks and Jonker): reproduces, in relative terms, the
 * opponent's last move. Measured on its own utility scale, if the opponent's latest offer is worth a
 * share {@code q} more of the remaining range than its previous one, this agent gives up the same
 * share of its own remaining range above its floor. It opens with its best outcome and never goes
 * below its reservation value.
 */
final class TitForTat implements BiddingStrategy {
    private double target = Double.NaN;
    private int reacted = -1;

    @Override
    public long nextOffer(NegotiationView view, OpponentModel model) {
        UtilityTable own = view.own();
        double floor = Bids.floor(own);
        if (Double.isNaN(target)) {
            target = own.best();
        }
        OfferHistory h = view.history();
        int last = -1;
        int before = -1;
        for (int i = h.size() - 1; i >= 0 && before < 0; i--) {
            if (h.party(i) != view.me()) {
                if (last < 0) {
                    last = i;
                } else {
                    before = i;
                }
            }
        }
        if (before >= 0 && last != reacted) {
            reacted = last;
            double prev = own.utility(h.outcome(before));
            double now = own.utility(h.outcome(last));
            double room = own.best() - prev;
            if (now > prev && room > 0) {
                double share = (now - prev) / room;
                target = Math.max(floor, target - share * (target - floor));
            }
        }
        return own.outcomeAt(own.rankNearest(target));
    }
}
