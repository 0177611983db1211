package org.detente.rehearsal;

/**
 * The offers made so far in a session, oldest first; read-only and append-only, so what an agent
 * has read never changes under it.
 */
public interface OfferHistory {
    /** Number of offers made so far. */
    int size();

    /**
     * Outcome index of offer {@code i}.
     *
     * @throws IndexOutOfBoundsException if {@code i} is not in {@code [0, size())}
     */
    long outcome(int i);

    /**
     * Party that made offer {@code i}.
     *
     * @throws IndexOutOfBoundsException if {@code i} is not in {@code [0, size())}
     */
    int party(int i);

    /**
     * Normalised time in [0, 1] at which offer {@code i} was made.
     *
     * @throws IndexOutOfBoundsException if {@code i} is not in {@code [0, size())}
     */
    double time(int i);

    /** Index of the latest offer by {@code party}, or -1 when it has made none. */
    default int lastBy(int party) {
        for (int i = size() - 1; i >= 0; i--) {
            if (party(i) == party) {
                return i;
            }
        }
        return -1;
    }
}
