package org.detente.rehearsal;

import java.util.Arrays;
import java.util.Objects;

/**
 * One party's copy of the offers made so far: outcome, proposer and time of each, and nothing
 * else. The engine appends to every party's copy; an agent that tampers with its own copy (by
 * reflection) changes what it sees, never what the engine or the other parties see.
 *
 * <p>20 bytes an offer, in blocks of {@value #BLOCK} offers (the first block grows from the given
 * capacity): a long session never copies what it holds, so its memory grows in step with its offers.
 */
final class PublicHistory implements OfferHistory {
    private static final int SHIFT = 14;
    /** Offers in a full block. */
    static final int BLOCK = 1 << SHIFT;
    private static final int MASK = BLOCK - 1;
    private long[][] outcomes = new long[1][];
    private int[][] proposers = new int[1][];
    private double[][] times = new double[1][];
    private int size;

    /** An empty history with room for {@code capacity} offers (it grows as needed). */
    PublicHistory(int capacity) {
        int first = Math.min(Math.max(capacity, 1), BLOCK);
        outcomes[0] = new long[first];
        proposers[0] = new int[first];
        times[0] = new double[first];
    }

    /** Appends an offer: outcome index, proposer, normalised time. */
    void append(long outcome, int party, double time) {
        int b = size >>> SHIFT;
        int i = size & MASK;
        if (b == outcomes.length) {
            outcomes = Arrays.copyOf(outcomes, b * 2);
            proposers = Arrays.copyOf(proposers, b * 2);
            times = Arrays.copyOf(times, b * 2);
        }
        if (outcomes[b] == null) {
            outcomes[b] = new long[BLOCK];
            proposers[b] = new int[BLOCK];
            times[b] = new double[BLOCK];
        } else if (i == outcomes[b].length) {
            int cap = Math.min(BLOCK, i * 2);
            outcomes[b] = Arrays.copyOf(outcomes[b], cap);
            proposers[b] = Arrays.copyOf(proposers[b], cap);
            times[b] = Arrays.copyOf(times[b], cap);
        }
        outcomes[b][i] = outcome;
        proposers[b][i] = party;
        times[b][i] = time;
        size++;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public long outcome(int i) {
        Objects.checkIndex(i, size);
        return outcomes[i >>> SHIFT][i & MASK];
    }

    @Override
    public int party(int i) {
        Objects.checkIndex(i, size);
        return proposers[i >>> SHIFT][i & MASK];
    }

    @Override
    public double time(int i) {
        Objects.checkIndex(i, size);
        return times[i >>> SHIFT][i & MASK];
    }
}
