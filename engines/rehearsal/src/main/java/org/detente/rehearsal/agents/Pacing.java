package org.detente.rehearsal.agents;

import org.detente.rehearsal.Deadline;
import org.detente.rehearsal.NegotiationView;

/**
 * How many exchanges an agent still has before the deadline, so that it can pace its concessions to
 * the deadline it faces rather than to a share of the clock: with 10 rounds, "the last 10% of the
 * time" is a single offer.
 *
 * <p>With a deadline in rounds the counts are exact. Party {@code p} acts once per round, so it has
 * {@code rounds − round} turns left, this one included; its offer can be accepted only if every other
 * party still gets a turn after it, which in the last round holds for the first party alone. With a
 * deadline in time the counts are estimated from the pace so far (the time one round has taken on
 * average, a round being every party's turn); before any turn has been timed they are unbounded, and
 * the estimate is conservative in counting the last turn's offer as unanswerable.
 *
 * @param turnsLeft  this party's turns from this one to the deadline, this one included (at least 1)
 * @param offersLeft this party's offers from this one on that every other party can still answer
 *                   (at most {@code turnsLeft}, possibly 0)
 */
public record Pacing(int turnsLeft, int offersLeft) {

    /** @throws IllegalArgumentException if a count is out of range */
    public Pacing {
        if (turnsLeft < 1 || offersLeft < 0 || offersLeft > turnsLeft) {
            throw new IllegalArgumentException("pacing needs 1 ≤ turns left and 0 ≤ offers left ≤ turns left; was "
                    + turnsLeft + " turns, " + offersLeft + " offers");
        }
    }

    /** The pace of the agent whose turn it is. */
    public static Pacing of(NegotiationView view) {
        if (view.deadline() instanceof Deadline.Rounds r) {
            return rounds(r.rounds(), view.round(), view.me());
        } else if (view.deadline() instanceof Deadline.Time) {
            return time(view.time(), view.round(), view.me(), view.parties());
        }
        throw new AssertionError(view.deadline());
    }

    /** Exact counts for party {@code me} in round {@code round} (0-based) of {@code rounds}. */
    static Pacing rounds(int rounds, int round, int me) {
        int turns = Math.max(1, rounds - round);
        return new Pacing(turns, Math.max(0, turns - (me == 0 ? 0 : 1)));
    }

    /**
     * Counts estimated at normalised time {@code t} for party {@code me} of {@code parties}, in round
     * {@code round}: the rounds played so far, {@code round + me / parties}, took {@code t}.
     */
    static Pacing time(double t, int round, int me, int parties) {
        double played = round + (double) me / parties;
        if (!(played > 0 && t > 0)) {
            return new Pacing(Integer.MAX_VALUE, Integer.MAX_VALUE - 1);
        }
        // a rounding error must not add a turn when the pace divides the time left exactly
        double turns = Math.ceil(Math.max(0, 1 - t) * played / t - 1e-9);
        int left = (int) Math.max(1, Math.min(Integer.MAX_VALUE, turns));
        return new Pacing(left, left - 1);
    }

    /** Whether this is the party's last turn: the last time it can accept an offer. */
    public boolean lastTurn() {
        return turnsLeft == 1;
    }

    /**
     * The share of a final concession (from a held aspiration down to the floor) still withheld: 1
     * until normalised time {@code hold}, then falling linearly with time to 0 at time 1, and never
     * more than {@code (offersLeft − 1) / finalOffers}, so that the concession is spread over at least
     * the last {@code finalOffers} answerable offers and complete at the last one, however few the
     * rounds.
     *
     * @param t           normalised time
     * @param hold        when the final concession starts at the latest, in [0, 1)
     * @param finalOffers the fewest answerable offers to spread it over, at least 1
     * @throws IllegalArgumentException if {@code hold} or {@code finalOffers} is out of range
     */
    public double withheld(double t, double hold, int finalOffers) {
        if (!(hold >= 0 && hold < 1) || finalOffers < 1) {
            throw new IllegalArgumentException("a final concession needs hold in [0, 1) and at least one offer; was hold="
                    + hold + ", offers=" + finalOffers);
        }
        double byTime = (1 - t) / (1 - hold);
        double byOffers = (offersLeft - 1.0) / finalOffers;
        return Math.max(0, Math.min(1, Math.min(byTime, byOffers)));
    }
}
