package org.detente.conflict.model;

/**
 * A pattern of states: each option is Y, N or either. Used for infeasible states.
 *
 * @param yes the options that must be Y (bit k = option k)
 * @param no  the options that must be N
 */
public record Pattern(long yes, long no) {
    /**
     * @throws IllegalArgumentException if an option is required to be both Y and N, or the pattern is
     *                                  empty (it would match every state)
     */
    public Pattern {
        if ((yes & no) != 0) {
            throw new IllegalArgumentException("a pattern requires option " + Long.numberOfTrailingZeros(yes & no)
                    + " to be both Y and N");
        }
        if ((yes | no) == 0) {
            throw new IllegalArgumentException("an empty pattern would match every state");
        }
    }

    /** Whether the state (bit k = option k is Y) matches the pattern. */
    public boolean matches(long state) {
        return (state & yes) == yes && (state & no) == 0;
    }

    /** The highest option index the pattern mentions. */
    public int maxOption() {
        return 63 - Long.numberOfLeadingZeros(yes | no);
    }
}
