package org.detente.model;

import java.util.List;

/**
 * Everything a party wants: a utility function, the utility of its best alternative (its
 * reservation value), how fast time erodes value, and its red lines.
 *
 * @param utility          utility over the outcomes
 * @param reservationValue utility of no agreement (the BATNA), finite
 * @param discountFactor   in (0, 1]; 1 means no time pressure
 * @param redLines         outcomes refused whatever their utility
 */
public record Preferences(UtilityFunction utility, double reservationValue, double discountFactor,
                          List<RedLine> redLines) {

    /** @throws IllegalArgumentException if a number is out of range or a red line names a missing issue */
    public Preferences {
        redLines = List.copyOf(redLines);
        if (!Double.isFinite(reservationValue)) {
            throw new IllegalArgumentException("reservation value must be finite, was " + reservationValue);
        }
        if (!(discountFactor > 0 && discountFactor <= 1)) {
            throw new IllegalArgumentException("discount factor must be in (0, 1], was " + discountFactor);
        }
        Domain d = utility.domain();
        for (RedLine r : redLines) {
            if (r.issue() < 0 || r.issue() >= d.size()) {
                throw new IllegalArgumentException("a red line names issue #" + r.issue() + " but the domain has "
                        + d.size() + " issues");
            }
            if (r instanceof RedLine.Within && d.issue(r.issue()) instanceof DiscreteIssue) {
                throw new IllegalArgumentException("a numeric red line is set on the discrete issue '"
                        + d.issue(r.issue()).name() + "'");
            }
        }
    }

    /** Preferences with only a utility function: RV 0, no discount, no red lines. */
    public static Preferences of(UtilityFunction utility) {
        return new Preferences(utility, 0, 1, List.of());
    }

    /** Whether value {@code index} of issue {@code issue} respects every red line. */
    public boolean allows(int issue, int index) {
        Issue is = utility.domain().issue(issue);
        for (RedLine r : redLines) {
            if (r.issue() == issue && !r.allows(is, index)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the outcome respects every red line. */
    public boolean allows(int[] values) {
        for (RedLine r : redLines) {
            if (!r.allows(utility.domain().issue(r.issue()), values[r.issue()])) {
                return false;
            }
        }
        return true;
    }
}
