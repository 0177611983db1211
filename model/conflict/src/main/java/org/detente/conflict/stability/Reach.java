package org.detente.conflict.stability;

import java.util.Arrays;

/**
 * Breadth-first search over (state, last mover) pairs for one coalition: the states R_H(s) its
 * members reach from s by legal move sequences (no member moving twice in a row). Reusable scratch
 * space, one search at a time; not thread-safe, never shared.
 */
final class Reach {
    private final StateSpace space;
    private final int[] members;
    private final int[] seenNode;
    private final int[] seenState;
    private final int[] queue;
    private final StateSpace.Moves moves;
    private int stamp;

    Reach(StateSpace space, int[] members) {
        this.space = space;
        this.members = members.clone();
        int nodes = space.size() * members.length;
        this.seenNode = new int[nodes];
        this.seenState = new int[space.size()];
        this.queue = new int[nodes];
        this.moves = space.moves();
    }

    /** A test on a reached state, to stop at the first one that passes. */
    interface Goal {
        boolean test(int state);
    }

    /**
     * Searches R_H(from), in breadth-first order.
     *
     * @param from  the start state index
     * @param goal  stops at the first reached state that passes, or null to visit all
     * @param found receives every distinct reached state (in order), may be null
     * @return the first state passing the goal, or -1
     */
    int search(int from, Goal goal, IntSink found) {
        if (++stamp == Integer.MAX_VALUE) {
            Arrays.fill(seenNode, 0);
            Arrays.fill(seenState, 0);
            stamp = 1;
        }
        int h = members.length;
        int head = 0;
        int tail = 0;
        // first moves: any member
        for (int q = 0; q < h; q++) {
            int dm = members[q];
            for (int t = moves.from(dm, from).next(); t >= 0; t = moves.next()) {
                int node = t * h + q;
                if (seenNode[node] != stamp) {
                    seenNode[node] = stamp;
                    queue[tail++] = node;
                }
            }
        }
        while (head < tail) {
            int node = queue[head++];
            int t = node / h;
            int p = node % h;
            if (seenState[t] != stamp) {
                seenState[t] = stamp;
                if (found != null) {
                    found.accept(t);
                }
                if (goal != null && goal.test(t)) {
                    return t;
                }
            }
            for (int q = 0; q < h; q++) {
                if (q == p) {
                    continue;
                }
                int dm = members[q];
                for (int u = moves.from(dm, t).next(); u >= 0; u = moves.next()) {
                    int next = u * h + q;
                    if (seenNode[next] != stamp) {
                        seenNode[next] = stamp;
                        queue[tail++] = next;
                    }
                }
            }
        }
        return -1;
    }

    /** Receives state indices. */
    interface IntSink {
        void accept(int state);
    }
}
