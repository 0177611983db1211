package org.detente.analysis;

/**
 * Upper bounds on one party's utility below a partial assignment of a depth-first search, with
 * undo by depth. Issues are assigned in a fixed order: {@code assign(depth, …)} is always followed
 * by {@code undo(depth)} before another value is tried at that depth.
 */
interface PartyBounds {
    /** Margin added to every bound, far above the rounding of the sums and far below any real gap. */
    double MARGIN = 1e-12;

    /** Called once with the order in which issues will be assigned. */
    void prepare(int[] order);

    /** Whether values a and b of the issue are worth exactly the same to this party in every outcome. */
    boolean indistinguishable(int issue, int a, int b);

    /** Assigns value {@code value} to {@code issue}, the issue at {@code depth} of the order. */
    void assign(int depth, int issue, int value);

    /** Takes back the assignment made at {@code depth}. */
    void undo(int depth);

    /** An upper bound on the utility of every completion of the current assignment. */
    double upper();
}
