package org.detente.rehearsal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The offers a {@link TraceWindow} keeps, in primitive arrays: the head grows (doubling) up to its
 * size, the tail is a ring of fixed size. Adding an offer allocates nothing once the head is full;
 * {@link #offers} builds the trace's records at the end of the session.
 */
public final class TraceBuffer {
    private final TraceWindow window;
    private final Slots head;
    private final Slots tail;
    private long added;

    /** An empty buffer keeping what {@code window} asks for. */
    public TraceBuffer(TraceWindow window) {
        this.window = window;
        this.head = new Slots(Math.min(window.head(), 1024));
        this.tail = new Slots(window.tail());
    }

    /** Records an offer (or a mediator's text, with party −1). */
    public void add(int round, int party, long outcome, double time) {
        if (added < window.head()) {
            if (added == head.rounds.length) {
                head.grow((int) Math.min(window.head(), Math.max(16, added * 2)));
            }
            head.set((int) added, round, party, outcome, time);
        } else if (window.tail() > 0) {
            tail.set((int) ((added - window.head()) % window.tail()), round, party, outcome, time);
        }
        added++;
    }

    /**
     * The kept offers, oldest first (the head, then the tail), with every party's undiscounted utility.
     *
     * @param scenario the session's scenario, for the utilities
     */
    public List<TracedOffer> offers(Scenario scenario) {
        if (!window.keeps()) {
            return List.of();
        }
        int h = (int) Math.min(added, window.head());
        int t = (int) Math.min(added - h, window.tail());
        List<TracedOffer> out = new ArrayList<>(h + t);
        for (int i = 0; i < h; i++) {
            out.add(head.offer(i, scenario));
        }
        long firstTail = added - t;
        for (long k = firstTail; k < added; k++) {
            out.add(tail.offer((int) ((k - window.head()) % window.tail()), scenario));
        }
        return out;
    }

    /** Parallel primitive arrays of offers. */
    private static final class Slots {
        private int[] rounds;
        private int[] parties;
        private long[] outcomes;
        private double[] times;

        Slots(int capacity) {
            rounds = new int[capacity];
            parties = new int[capacity];
            outcomes = new long[capacity];
            times = new double[capacity];
        }

        void grow(int capacity) {
            rounds = Arrays.copyOf(rounds, capacity);
            parties = Arrays.copyOf(parties, capacity);
            outcomes = Arrays.copyOf(outcomes, capacity);
            times = Arrays.copyOf(times, capacity);
        }

        void set(int i, int round, int party, long outcome, double time) {
            rounds[i] = round;
            parties[i] = party;
            outcomes[i] = outcome;
            times[i] = time;
        }

        TracedOffer offer(int i, Scenario scenario) {
            Double[] us = new Double[scenario.parties()];
            for (int p = 0; p < us.length; p++) {
                us[p] = scenario.table(p).utility(outcomes[i]);
            }
            // List.of is already unmodifiable: the record's List.copyOf keeps it, no second copy
            return new TracedOffer(rounds[i], parties[i], outcomes[i], times[i], List.of(us));
        }
    }
}
