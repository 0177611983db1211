package org.detente.conflict.stability;

import org.detente.analysis.AnalysisLimitException;

/**
 * Every decision maker's unilateral moves of a state space, in one of two representations with the
 * same moves in the same order: {@link Stored} (CSR arrays, read in O(1) a move) when they fit
 * {@link #budget()}, else {@link Enumerated} from the states' option bits (no memory per move, a few
 * bit operations a move). Callers see only the cursor ({@link StateSpace.Moves}) and the positions
 * ({@link #candidates}, {@link #candidate}), never which one they have.
 */
sealed interface MoveTable permits MoveTable.Stored, MoveTable.Enumerated {

    /**
     * The most unilateral moves (summed over states and decision makers) analysed: each concept
     * enumerates them a few times, about a minute of work at this count.
     */
    long MAX_MOVES = 1L << 30;

    /** The most memory the stored moves may take, whatever the heap: 128 MiB. */
    long MAX_STORED_BYTES = 128L << 20;

    /**
     * The memory moves may be stored in: the smaller of {@link #MAX_STORED_BYTES} and a sixteenth of
     * the memory this JVM may use (on top of the half the analysis itself may take).
     */
    static long budget() {
        return Math.min(MAX_STORED_BYTES, Runtime.getRuntime().maxMemory() / 16);
    }

    /** A new cursor over the moves, for one thread. */
    StateSpace.Moves cursor();

    /**
     * The positions of {@code dm}'s moves from the state, for {@link #candidate}: in the stored table
     * exactly its moves; enumerated, one per combination of the options it may change (the state
     * itself and infeasible states included).
     */
    int candidates(int dm, int index);

    /**
     * {@code dm}'s move from the state at position {@code k} of {@link #candidates}: the target's
     * index, or -1 where there is none (enumerated only: the state itself, or an infeasible one).
     * Positions run in ascending order of the target's decimal, as the cursor does.
     */
    int candidate(int dm, int index, int k);

    /**
     * The moves of a state space: counted first (at most {@link #MAX_MOVES}), then stored if the
     * count's arrays fit {@code budget} bytes, else enumerated.
     *
     * @param decimals per state index, its decimal
     * @param indexOf  per decimal, its state index or -1 if infeasible
     * @param dmMask   per decision maker, its options as a bit mask
     * @param forward  the options that may only be chosen, never revoked, as a bit mask
     * @param backward the options that may only be revoked, as a bit mask
     * @param budget   the bytes the moves may be stored in
     * @throws AnalysisLimitException if there are more than {@link #MAX_MOVES} moves
     */
    static MoveTable of(int[] decimals, int[] indexOf, int[] dmMask, int forward, int backward, long budget) {
        Enumerated enumerated = new Enumerated(decimals, indexOf, dmMask, forward, backward);
        long moves = 0;
        for (int dm = 0; dm < dmMask.length; dm++) {
            for (int s = 0; s < decimals.length; s++) {
                moves += enumerated.candidates(dm, s) - 1L;
            }
        }
        if (moves > MAX_MOVES) {
            throw new AnalysisLimitException(String.format(java.util.Locale.ROOT, "the conflict's %,d states have up to"
                    + " %,d unilateral moves, more than the %,d analysed (each concept enumerates them, which would take"
                    + " hours); give the decision makers fewer options each, or declare infeasible states",
                    decimals.length, moves, MAX_MOVES));
        }
        // moves to infeasible states are counted too: an upper bound of what is stored
        long bytes = 4 * moves + 4L * dmMask.length * (decimals.length + 1);
        return bytes <= budget ? Stored.of(enumerated) : enumerated;
    }

    /** Moves enumerated from the state's option bits on each use: memory independent of their count. */
    final class Enumerated implements MoveTable {
        private final int[] decimals;
        private final int[] indexOf;
        private final int[] dmMask;
        private final int forward;
        private final int backward;

        private Enumerated(int[] decimals, int[] indexOf, int[] dmMask, int forward, int backward) {
            this.decimals = decimals;
            this.indexOf = indexOf;
            this.dmMask = dmMask;
            this.forward = forward;
            this.backward = backward;
        }

        /** The options {@code dm} may change from the state with decimal {@code s}, as a bit mask. */
        private int free(int dm, int s) {
            int mask = dmMask[dm];
            return mask & ~(((forward & s) | (backward & ~s)) & mask);
        }

        @Override
        public StateSpace.Moves cursor() {
            return new Cursor();
        }

        @Override
        public int candidates(int dm, int index) {
            return 1 << Integer.bitCount(free(dm, decimals[index]));
        }

        @Override
        public int candidate(int dm, int index, int k) {
            int s = decimals[index];
            int free = free(dm, s);
            int sub = 0;
            for (int m = free; m != 0 && k != 0; m &= m - 1, k >>>= 1) {
                if ((k & 1) != 0) {
                    sub |= m & -m;
                }
            }
            return sub == (s & free) ? -1 : indexOf[(s & ~free) | sub];
        }

        /** Walks the subsets of the free options in ascending order, skipping the state and infeasible ones. */
        final class Cursor implements StateSpace.Moves {
            private int free;
            private int cur;
            private int base;
            private int sub;
            private boolean more;

            private Cursor() {
            }

            @Override
            public StateSpace.Moves from(int dm, int index) {
                int s = decimals[index];
                free = free(dm, s);
                cur = s & free;
                base = s & ~free;
                sub = 0;
                more = free != 0;
                return this;
            }

            @Override
            public int next() {
                while (more) {
                    int x = sub;
                    sub = (sub - free) & free;
                    more = sub != 0;
                    if (x != cur) {
                        int t = indexOf[base | x];
                        if (t >= 0) {
                            return t;
                        }
                    }
                }
                return -1;
            }
        }
    }

    /**
     * Moves stored per decision maker as CSR arrays: the targets of {@code dm}'s moves from state
     * {@code s} are {@code to[dm][start[dm][s] .. start[dm][s + 1] - 1]}, in the enumeration's order.
     */
    final class Stored implements MoveTable {
        private final int[][] start;
        private final int[][] to;

        private Stored(int[][] start, int[][] to) {
            this.start = start;
            this.to = to;
        }

        /** Stores what {@code enumerated} enumerates: counted in a first pass, so each array has its exact size. */
        private static Stored of(Enumerated enumerated) {
            int dms = enumerated.dmMask.length;
            int m = enumerated.decimals.length;
            int[][] start = new int[dms][];
            int[][] to = new int[dms][];
            StateSpace.Moves moves = enumerated.cursor();
            for (int dm = 0; dm < dms; dm++) {
                int[] st = new int[m + 1];
                for (int s = 0; s < m; s++) {
                    int c = 0;
                    for (int t = moves.from(dm, s).next(); t >= 0; t = moves.next()) {
                        c++;
                    }
                    st[s + 1] = st[s] + c;
                }
                int[] targets = new int[st[m]];
                for (int s = 0, e = 0; s < m; s++) {
                    for (int t = moves.from(dm, s).next(); t >= 0; t = moves.next()) {
                        targets[e++] = t;
                    }
                }
                start[dm] = st;
                to[dm] = targets;
            }
            return new Stored(start, to);
        }

        @Override
        public StateSpace.Moves cursor() {
            return new Cursor();
        }

        @Override
        public int candidates(int dm, int index) {
            return start[dm][index + 1] - start[dm][index];
        }

        @Override
        public int candidate(int dm, int index, int k) {
            return to[dm][start[dm][index] + k];
        }

        /** Reads one row of the arrays. */
        final class Cursor implements StateSpace.Moves {
            private int[] targets;
            private int pos;
            private int end;

            private Cursor() {
            }

            @Override
            public StateSpace.Moves from(int dm, int index) {
                int[] st = start[dm];
                targets = to[dm];
                pos = st[index];
                end = st[index + 1];
                return this;
            }

            @Override
            public int next() {
                return pos < end ? targets[pos++] : -1;
            }
        }
    }
}
