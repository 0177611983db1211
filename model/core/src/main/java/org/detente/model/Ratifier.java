package org.detente.model;

import java.util.Objects;

/**
 * A domestic constituency whose consent one party needs before an agreement binds it (Putnam's
 * Level II): a legislature, an allied group, an agency. It accepts a package when its own utility
 * reaches its threshold.
 *
 * <p>A legislature that needs two thirds of its votes is modelled by the preferences of its pivotal
 * member (the senator whose vote makes the two thirds) and that member's threshold; the rule itself
 * is kept as text.
 *
 * @param name      the constituency's name, unique within the case
 * @param party     the party whose agreement it ratifies
 * @param utility   its preferences over the case's domain
 * @param threshold the utility at or above which it accepts, finite
 * @param rule      free text: how it decides (may be empty)
 */
public record Ratifier(String name, String party, UtilityFunction utility, double threshold, String rule) {

    /** @throws IllegalArgumentException if a name is blank or the threshold is not finite */
    public Ratifier {
        name = Checks.name(name, "ratifier name");
        party = Checks.name(party, "ratifier's party");
        Objects.requireNonNull(utility, "utility");
        if (!Double.isFinite(threshold)) {
            throw new IllegalArgumentException("the threshold of ratifier '" + name + "' must be finite, was " + threshold);
        }
        rule = rule == null ? "" : rule;
    }

    /** Whether it accepts the outcome with these value indices (a utility equal to the threshold up to 1e-12 counts). */
    public boolean accepts(int[] values) {
        return utility.utility(values) >= threshold - 1e-12;
    }
}
