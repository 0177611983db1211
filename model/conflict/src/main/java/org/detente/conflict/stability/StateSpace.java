package org.detente.conflict.stability;

import java.util.Arrays;
import java.util.List;

import org.detente.analysis.AnalysisLimitException;
import org.detente.conflict.model.Conflict;
import org.detente.conflict.model.ConflictModelException;
import org.detente.conflict.model.Condition;
import org.detente.conflict.model.ConflictOption;
import org.detente.conflict.model.Direction;
import org.detente.conflict.model.Pattern;
import org.detente.conflict.model.Preferences;

/**
 * The feasible states of a conflict, each decision maker's preference level of every state, and
 * every decision maker's unilateral moves, on primitive arrays.
 *
 * <p>Numbering as in GMCR+: option k is bit k of a state's <em>decimal</em>; the feasible states are
 * numbered 1..m by ascending decimal. Internally a state is its <em>index</em> (its number − 1).
 *
 * <p>A unilateral move of decision maker d from state s changes at least one of d's options, no
 * other option, none against its permitted direction, and ends in a feasible state.
 */
public final class StateSpace {
    /** The largest number of options whose 2^n states are enumerated. */
    public static final int MAX_OPTIONS = 24;

    private final Conflict conflict;
    private final int[] decimals;
    private final int[] indexOf;
    private final int[] dmMask;
    private final int[][] level;
    private final int[][] moveStart;
    private final int[][] moveTo;

    private StateSpace(Conflict conflict, int[] decimals, int[] indexOf, int[] dmMask, int[][] level,
                       int[][] moveStart, int[][] moveTo) {
        this.conflict = conflict;
        this.decimals = decimals;
        this.indexOf = indexOf;
        this.dmMask = dmMask;
        this.level = level;
        this.moveStart = moveStart;
        this.moveTo = moveTo;
    }

    /**
     * Builds the state space of a conflict.
     *
     * @param conflict the conflict
     * @return its state space
     * @throws ConflictModelException if no state is feasible, or a ranking is not a permutation of the
     *                                feasible states
     * @throws AnalysisLimitException if the conflict has more than {@link #MAX_OPTIONS} options
     */
    public static StateSpace of(Conflict conflict) {
        int n = conflict.options().size();
        if (n > MAX_OPTIONS) {
            throw new AnalysisLimitException("the conflict has " + n + " options, so 2^" + n
                    + " states; at most " + MAX_OPTIONS + " options are enumerated");
        }
        int all = 1 << n;
        int[] indexOf = new int[all];
        int count = 0;
        List<Pattern> patterns = conflict.infeasible();
        for (int s = 0; s < all; s++) {
            boolean feasible = true;
            for (Pattern p : patterns) {
                if (p.matches(s)) {
                    feasible = false;
                    break;
                }
            }
            indexOf[s] = feasible ? count++ : -1;
        }
        if (count == 0) {
            throw new ConflictModelException("infeasibles", "the patterns leave no feasible state");
        }
        int[] decimals = new int[count];
        for (int s = 0; s < all; s++) {
            if (indexOf[s] >= 0) {
                decimals[indexOf[s]] = s;
            }
        }
        int dms = conflict.decisionMakers().size();
        int[] dmMask = new int[dms];
        int[][] level = new int[dms][];
        for (int d = 0; d < dms; d++) {
            for (int o : conflict.decisionMakers().get(d).options()) {
                dmMask[d] |= 1 << o;
            }
            level[d] = levels(conflict.decisionMakers().get(d).preferences(), decimals, "decisionMakers[" + d + "]");
        }
        int fwd = 0;
        int back = 0;
        for (int o = 0; o < n; o++) {
            ConflictOption opt = conflict.options().get(o);
            if (opt.direction() == Direction.FORWARD) {
                fwd |= 1 << o;
            } else if (opt.direction() == Direction.BACKWARD) {
                back |= 1 << o;
            }
        }
        checkMemory(decimals, dmMask, fwd, back);
        int[][] moveStart = new int[dms][];
        int[][] moveTo = new int[dms][];
        for (int d = 0; d < dms; d++) {
            buildMoves(d, dmMask[d], fwd, back, decimals, indexOf, moveStart, moveTo);
        }
        return new StateSpace(conflict, decimals, indexOf, dmMask, level, moveStart, moveTo);
    }

    /** Bytes held per unilateral move while the moves are built: the move, the list's doubling, the final copy. */
    static final long BYTES_PER_MOVE = 12;

    /**
     * Counts the unilateral moves before any is stored and refuses a conflict whose moves would not
     * fit in half the memory this JVM may use.
     *
     * @throws AnalysisLimitException naming the count, the memory and what to change
     */
    private static void checkMemory(int[] decimals, int[] dmMask, int fwd, int back) {
        long moves = 0;
        for (int mask : dmMask) {
            for (int s : decimals) {
                int free = mask & ~(((fwd & s) | (back & ~s)) & mask);
                moves += (1L << Integer.bitCount(free)) - 1;
            }
        }
        long budget = Runtime.getRuntime().maxMemory() / 2;
        if (moves * BYTES_PER_MOVE > budget) {
            throw new AnalysisLimitException(String.format(java.util.Locale.ROOT, "the conflict's %,d states have up to"
                    + " %,d unilateral moves, about %,d MiB, more than half the %,d MiB this JVM may use; give the decision"
                    + " makers fewer options, declare infeasible states, or give Java more memory (JAVA_TOOL_OPTIONS=-Xmx…)",
                    decimals.length, moves, moves * BYTES_PER_MOVE >> 20, Runtime.getRuntime().maxMemory() >> 20));
        }
    }

    private static void buildMoves(int d, int mask, int fwd, int back, int[] decimals, int[] indexOf,
                                   int[][] moveStart, int[][] moveTo) {
        int m = decimals.length;
        int[] start = new int[m + 1];
        int[] to = new int[Math.max(16, m)];
        int size = 0;
        for (int i = 0; i < m; i++) {
            start[i] = size;
            int s = decimals[i];
            int fixed = ((fwd & s) | (back & ~s)) & mask;
            int free = mask & ~fixed;
            int cur = s & free;
            int base = s & ~free;
            int sub = 0;
            do {
                if (sub != cur) {
                    int t = indexOf[base | sub];
                    if (t >= 0) {
                        if (size == to.length) {
                            to = Arrays.copyOf(to, to.length * 2);
                        }
                        to[size++] = t;
                    }
                }
                sub = (sub - free) & free;
            } while (sub != 0);
        }
        start[m] = size;
        moveStart[d] = start;
        moveTo[d] = Arrays.copyOf(to, size);
    }

    private static int[] levels(Preferences prefs, int[] decimals, String field) {
        int m = decimals.length;
        int[] level = new int[m];
        if (prefs instanceof Preferences.Prioritised p) {
            int k = p.statements().size();
            long[] score = new long[m];
            for (int i = 0; i < m; i++) {
                long sc = 0;
                for (int j = 0; j < k; j++) {
                    Condition c = p.statements().get(j);
                    if (c.holds(decimals[i])) {
                        sc += 1L << (k - 1 - j);
                    }
                }
                score[i] = sc;
            }
            long[] distinct = Arrays.stream(score).sorted().distinct().toArray();
            for (int i = 0; i < m; i++) {
                level[i] = Arrays.binarySearch(distinct, score[i]);
            }
            return level;
        }
        if (!(prefs instanceof Preferences.Ranked ranked)) {
            throw new AssertionError(prefs);
        }
        List<List<Integer>> groups = ranked.groups();
        String rf = field + ".preferenceRanking";
        Arrays.fill(level, -1);
        int g = groups.size();
        for (int gi = 0; gi < g; gi++) {
            for (int id : groups.get(gi)) {
                if (id < 1 || id > m) {
                    throw new ConflictModelException(rf, "state " + id + " does not exist (the feasible states are 1.." + m + ")");
                }
                if (level[id - 1] >= 0) {
                    throw new ConflictModelException(rf, "state " + id + " is ranked twice");
                }
                level[id - 1] = g - 1 - gi;
            }
        }
        for (int i = 0; i < m; i++) {
            if (level[i] < 0) {
                throw new ConflictModelException(rf, "state " + (i + 1) + " is not ranked (a ranking must list every feasible state 1.." + m + " once)");
            }
        }
        return level;
    }

    /** The conflict. */
    public Conflict conflict() {
        return conflict;
    }

    /** The number of feasible states. */
    public int size() {
        return decimals.length;
    }

    /** The number of decision makers. */
    public int decisionMakers() {
        return dmMask.length;
    }

    /** The number of options. */
    public int options() {
        return conflict.options().size();
    }

    /** The decimal of the state with index {@code index}. */
    public int decimal(int index) {
        return decimals[index];
    }

    /** The index of the feasible state with this decimal, or -1 if it is infeasible or out of range. */
    public int indexOfDecimal(int decimal) {
        return decimal < 0 || decimal >= indexOf.length ? -1 : indexOf[decimal];
    }

    /** The options of decision maker {@code dm} as a bit mask. */
    public int mask(int dm) {
        return dmMask[dm];
    }

    /**
     * Decision maker {@code dm}'s preference level of a state: higher is preferred, equal is a tie;
     * levels run from 0 (least preferred) upwards without gaps.
     */
    public int level(int dm, int index) {
        return level[dm][index];
    }

    /** The state's Y/N pattern, option 0 first (as GMCR+ prints it). */
    public String yn(int index) {
        int d = decimals[index];
        char[] c = new char[options()];
        for (int o = 0; o < c.length; o++) {
            c[o] = ((d >>> o) & 1) == 1 ? 'Y' : 'N';
        }
        return new String(c);
    }

    /** The number of unilateral moves of {@code dm} from the state. */
    public int moveCount(int dm, int index) {
        return moveStart[dm][index + 1] - moveStart[dm][index];
    }

    /** The target (index) of the {@code k}-th unilateral move of {@code dm} from the state. */
    public int move(int dm, int index, int k) {
        return moveTo[dm][moveStart[dm][index] + k];
    }

    /** First position of the state's moves in {@link #moveTargets(int)}. Package-private hot path. */
    int moveStart(int dm, int index) {
        return moveStart[dm][index];
    }

    /** Every move target of {@code dm}, grouped by source state. Package-private hot path: not copied. */
    int[] moveTargets(int dm) {
        return moveTo[dm];
    }

    /** Every level of {@code dm}. Package-private hot path: not copied. */
    int[] levels(int dm) {
        return level[dm];
    }

    @Override
    public String toString() {
        return "StateSpace[" + size() + " feasible states, " + decisionMakers() + " decision makers]";
    }
}
