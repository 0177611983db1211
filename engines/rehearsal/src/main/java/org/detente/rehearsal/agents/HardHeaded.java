package org.detente.rehearsal.agents;

import java.util.random.RandomGenerator;

import org.detente.rehearsal.Accept;
import org.detente.rehearsal.Action;
import org.detente.rehearsal.Agent;
import org.detente.rehearsal.NegotiationView;
import org.detente.rehearsal.Offer;
import org.detente.rehearsal.UtilityTable;
import org.detente.rehearsal.boa.TheirOffers;
import org.detente.rehearsal.models.FrequencyModel;

/**
 * HardHeaded, after van Krimpen, Looije and Hajizadeh (ANAC 2011; "HardHeaded", in Complex
 * Automated Negotiations, 2013). It walks down its own ranking of the outcomes one step at a time,
 * never below a Boulware target, and learns the other side's priorities to choose among near-equal
 * steps.
 *
 * <p>Its target is a time-dependent Boulware curve with {@code e = 0.05} and an initial concession
 * {@code Ka = 0.05}, from its best utility down to a floor of 0.585 on its scale (its reservation
 * value when higher); under discounting (δ &lt; 0.9) the curve is compressed into the time before δ
 * and then falls slowly (e = 30) over the rest. It keeps a queue of offers. When the queue is empty it
 * takes the next outcome below its last offer in its own ranking; if that falls below the target it
 * repeats one of its own earlier offers at random; otherwise it collects the outcomes below that one
 * within 0.01 utility and above the target, and queues them — the five the frequency model (HardHeaded's
 * own, {@link FrequencyModel}) rates best for the other side, best first, when there are more than
 * four. The other side's best offer so far goes to the front when it is worth more to it than the
 * queue's head. It accepts an offer worth more than the least it has offered itself, or at least as
 * much as its next offer.
 *
 * <p>Departures from the original: utilities are on the agent's own scale (its best in place of 1);
 * the floor is raised to its reservation value (the original keeps 0.585); outcomes of equal utility
 * are distinct steps (the original's sorted map keeps one outcome per utility); a step's window of
 * near-equal outcomes is cut at {@value #WINDOW} (so that its cost per turn is bounded); the frequency
 * model learns from the first offer on; the opening offer is its best outcome.
 */
final class HardHeaded implements Agent {
    private static final double KA = 0.05;
    private static final double E = 0.05;
    private static final double MINIMUM = 0.585;
    private static final double TOLERANCE = 0.01;
    private static final int TOP = 4;
    private static final int WINDOW = 256;
    private final FrequencyModel model;
    private final TheirOffers theirs;
    private final RandomGenerator random;
    private final int[] queue = new int[TOP + 2];
    private final double[] rating = new double[TOP + 1];
    private int queueHead;
    private int queueSize;
    private int[] mine = new int[16];
    private int mineCount;
    private double lowestYet = Double.POSITIVE_INFINITY;

    /**
     * @param model  what it learns the other side's priorities with
     * @param random its source of randomness
     */
    public HardHeaded(FrequencyModel model, RandomGenerator random) {
        this.model = java.util.Objects.requireNonNull(model, "model");
        this.random = java.util.Objects.requireNonNull(random, "random");
        this.theirs = new TheirOffers(model);
    }

    @Override
    public Action act(NegotiationView view) {
        UtilityTable own = view.own();
        theirs.observe(view);
        double p = target(own, view.time());
        if (queueSize == 0) {
            refill(own, p);
        }
        long standing = view.standingOffer();
        if (standing >= 0 && view.standingProposer() != view.me() && own.permits(standing)) {
            double u = own.utility(standing);
            if (u > lowestYet || own.utility(queue[queueHead]) <= u) {
                return Accept.INSTANCE;
            }
        }
        int next = queue[queueHead];
        queueHead++;
        queueSize--;
        if (mineCount == mine.length) {
            mine = java.util.Arrays.copyOf(mine, mineCount * 2);
        }
        mine[mineCount++] = next;
        lowestYet = Math.min(lowestYet, own.utility(next));
        return new Offer(next);
    }

    /** The Boulware target at time t, never below the floor. */
    static double target(UtilityTable own, double t) {
        double floor = Bids.floor(own);
        double max = own.best();
        double min = Math.max(floor, own.worst() + MINIMUM * (max - own.worst()));
        double d = Bids.discount(own);
        double p;
        if (d >= 0.9) {
            double fa = KA + (1 - KA) * Math.pow(Math.min(1, t / d), 1 / E);
            p = min + (1 - fa) * (max - min);
        } else if (t <= d) {
            double fa = KA + (1 - KA) * Math.pow(t / d, d / E);
            double tempMin = min + Math.abs(max - min) * d;
            p = tempMin + (1 - fa) * (max - tempMin);
        } else {
            double fa = KA + (1 - KA) * Math.pow((t - d) / (1 - d), 1 / 30.0);
            double tempMax = min + Math.abs(max - min) * d;
            p = min + (1 - fa) * (tempMax - min);
        }
        return Math.max(floor, p);
    }

    /** Queues the next offers: the step below the last offer and its near-equal neighbours above the target. */
    private void refill(UtilityTable own, double p) {
        queueHead = 0;
        queueSize = 0;
        if (mineCount == 0) {
            queue[queueSize++] = own.outcomeAt(0);
            return;
        }
        int last = mine[mineCount - 1];
        int start = own.lastRankAtLeast(own.utility(last)) + 1;
        if (start >= own.ranks() || own.utilityAt(start) < p) {
            queue[queueSize++] = mine[random.nextInt(mineCount)];
        } else {
            double first = own.utilityAt(start);
            int end = start;
            while (end + 1 < own.ranks() && end + 1 - start < WINDOW && first - own.utilityAt(end + 1) < TOLERANCE
                    && own.utilityAt(end + 1) >= p) {
                end++;
            }
            if (end - start + 1 <= TOP) {
                for (int r = end; r >= start; r--) {
                    queue[queueSize++] = own.outcomeAt(r);
                }
            } else {
                // the TOP + 1 the model rates best for the other side, best first
                queueSize = Bids.topRated(own, model, start, end, queue, rating, TOP + 1);
            }
        }
        long opponentBest = theirs.best();
        if (opponentBest >= 0 && own.utility(opponentBest) > own.utility(queue[0])) {
            System.arraycopy(queue, 0, queue, 1, queueSize);
            queue[0] = (int) opponentBest;
            queueSize++;
        }
    }
}
