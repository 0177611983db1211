package org.detente.rehearsal;

import java.util.Arrays;
import java.util.Objects;

/**
 * One party's copy of the offers made so far: outcome, proposer and time of each, and nothing
 * else. The engine appends to every party's copy; an agent that tampers with its own copy (by
 * reflection) changes what it sees, never what the engine or the other parties see.
 */
final class PublicHistory implements OfferHistory {
    private long[] outcomes;
    private int[] proposers;
    private double[] times;
    private int size;

    /** An empty history with room for {@code capacity} offers (it grows as needed). */
    PublicHistory(int capacity) {
        outcomes = new long[capacity];
        proposers = new int[capacity];
        times = new double[capacity];
    }

    /** Appends an offer: outcome index, proposer, normalised time. */
    void append(long outcome, int party, double time) {
        if (size == outcomes.length) {
            int cap = Math.max(16, size * 2);
            outcomes = Arrays.copyOf(outcomes, cap);
            proposers = Arrays.copyOf(proposers, cap);
            times = Arrays.copyOf(times, cap);
        }
        outcomes[size] = outcome;
        proposers[size] = party;
        times[size] = time;
        size++;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public long outcome(int i) {
        return outcomes[Objects.checkIndex(i, size)];
    }

    @Override
    public int party(int i) {
        return proposers[Objects.checkIndex(i, size)];
    }

    @Override
    public double time(int i) {
        return times[Objects.checkIndex(i, size)];
    }
}
