package org.detente.rehearsal.agents;

import java.util.random.RandomGenerator;

import org.detente.rehearsal.Accept;
import org.detente.rehearsal.Action;
import org.detente.rehearsal.Agent;
import org.detente.rehearsal.NegotiationView;
import org.detente.rehearsal.Offer;
import org.detente.rehearsal.OfferHistory;
import org.detente.rehearsal.UtilityTable;

/**
 * The people-oriented negotiator who comes unprepared: it reads the other side's moves only by how
 * they feel to itself, mirrors them and concedes to rapport, with no model of either side's
 * priorities.
 *
 * <p>Its aspiration starts at its best utility. When the other side's latest offer is better for it
 * than their previous one, rapport grows (by 0.1, up to 1) and it gives back that gain times
 * {@code 1 + rapport}; when the other side hardens, rapport falls (by 0.2) and it holds. The
 * aspiration never exceeds the linear schedule {@code best − (best − floor)·t} (it wants a deal before
 * the deadline). It offers a package picked at random among those within 3% of the range around its
 * aspiration — any package that "feels right" — and accepts an offer at least as good as its
 * aspiration, or anything above its reservation value in the last 3% of the time.
 */
final class Improviser implements Agent {
    private static final double BAND = 0.03;
    private final RandomGenerator random;
    private double aspiration = Double.NaN;
    private double rapport;
    private int reacted = -1;
    private int previous = -1;

    /** @param random its source of improvisation */
    public Improviser(RandomGenerator random) {
        this.random = java.util.Objects.requireNonNull(random, "random");
    }

    @Override
    public Action act(NegotiationView view) {
        UtilityTable own = view.own();
        double floor = Bids.floor(own);
        double range = own.best() - floor;
        if (Double.isNaN(aspiration)) {
            aspiration = own.best();
        }
        OfferHistory h = view.history();
        int last = h.size() - 1;
        while (last >= 0 && h.party(last) == view.me()) {
            last--;
        }
        if (last >= 0 && last != reacted) {
            if (previous >= 0) {
                double gain = own.utility(h.outcome(last)) - own.utility(h.outcome(previous));
                if (gain > 0) {
                    rapport = Math.min(1, rapport + 0.1);
                    aspiration -= gain * (1 + rapport);
                } else if (gain < 0) {
                    rapport = Math.max(0, rapport - 0.2);
                }
            }
            previous = last;
            reacted = last;
        }
        aspiration = Math.max(floor, Math.min(aspiration, own.best() - range * view.time()));
        long standing = view.standingOffer();
        if (standing >= 0 && view.standingProposer() != view.me() && own.permits(standing)) {
            double u = own.utility(standing);
            if (u >= aspiration || view.time() >= 0.97 && u >= own.reservationValue()) {
                return Accept.INSTANCE;
            }
        }
        int hi = own.lastRankAtLeast(aspiration + BAND * range);
        int lo = own.lastRankAtLeast(aspiration - BAND * range);
        if (lo < 0) {
            return new Offer(own.outcomeAt(0));
        }
        int from = hi + 1;
        if (from > lo) {
            from = lo;
        }
        return new Offer(own.outcomeAt(from + random.nextInt(lo - from + 1)));
    }
}
