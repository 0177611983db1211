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
 * other option, none against its permitted direction, and ends in a feasible state. Callers read
 * them with a {@link Moves} cursor. They are stored as CSR arrays when these fit a small budget (the
 * smaller of 128 MiB and a sixteenth of the memory the JVM may use), and otherwise enumerated from the
 * state's decimal when asked — the same moves in the same order — so memory stays in proportion to the
 * states and decision makers however many options each controls.
 */
public final class StateSpace {
    /** The largest number of options whose 2^n states are enumerated. */
    public static final int MAX_OPTIONS = 24;

    private final Conflict conflict;
    private final int[] decimals;
    private final int[] indexOf;
    private final int[] dmMask;
    private final int[][] level;
    private final MoveTable table;

    private StateSpace(Conflict conflict, int[] decimals, int[] indexOf, int[] dmMask, int[][] level, MoveTable table) {
        this.conflict = conflict;
        this.decimals = decimals;
        this.indexOf = indexOf;
        this.dmMask = dmMask;
        this.level = level;
        this.table = table;
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
        return of(conflict, MoveTable.budget());
    }

    /** {@link #of(Conflict)}, storing the moves if they fit {@code moveBudget} bytes (else enumerating them). */
    static StateSpace of(Conflict conflict, long moveBudget) {
        int n = conflict.options().size();
        if (n > MAX_OPTIONS) {
            throw new AnalysisLimitException("the conflict has " + n + " options, so 2^" + n
                    + " states; at most " + MAX_OPTIONS + " options are enumerated");
        }
        int dms = conflict.decisionMakers().size();
        checkMemory(n, dms);
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
        int[] dmMask = new int[dms];
        for (int d = 0; d < dms; d++) {
            for (int o : conflict.decisionMakers().get(d).options()) {
                dmMask[d] |= 1 << o;
            }
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
        MoveTable table = MoveTable.of(decimals, indexOf, dmMask, fwd, back, moveBudget);
        int[][] level = new int[dms][];
        for (int d = 0; d < dms; d++) {
            level[d] = levels(conflict.decisionMakers().get(d).preferences(), decimals, "decisionMakers[" + d + "]");
        }
        return new StateSpace(conflict, decimals, indexOf, dmMask, level, table);
    }

    /**
     * Bytes the analysis holds per state and pair of decision makers, at most: the preference levels,
     * the per-concept values and flags, and the (state, last mover) graph of the sanctions with its
     * Tarjan arrays (six ints a node).
     */
    static final long BYTES_PER_STATE_PAIR = 64;

    /**
     * Refuses, before allocating, a conflict whose analysis could not fit in half the memory this JVM
     * may use: 4 bytes for each of the 2^n option combinations, and {@link #BYTES_PER_STATE_PAIR}
     * per state and ordered pair of decision makers (taking every combination as feasible).
     *
     * @throws AnalysisLimitException naming the states, the memory and what to change
     */
    private static void checkMemory(int options, int dms) {
        long states = 1L << options;
        long bytes = states * 4 + states * (long) dms * dms * BYTES_PER_STATE_PAIR;
        long budget = Runtime.getRuntime().maxMemory() / 2;
        if (bytes > budget) {
            throw new AnalysisLimitException(String.format(java.util.Locale.ROOT, "the conflict's %d options give up to"
                    + " %,d states; analysing them for %d decision makers needs about %,d MiB, more than half the %,d MiB"
                    + " this JVM may use; remove options, or give Java more memory (JAVA_TOOL_OPTIONS=-Xmx…)",
                    options, states, dms, bytes >> 20, Runtime.getRuntime().maxMemory() >> 20));
        }
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

    /** A cursor over unilateral moves, for one thread. */
    public Moves moves() {
        return table.cursor();
    }

    /** Whether the moves are stored (else enumerated on each use). */
    boolean storesMoves() {
        if (table instanceof MoveTable.Stored) {
            return true;
        }
        if (table instanceof MoveTable.Enumerated) {
            return false;
        }
        throw new AssertionError(table);
    }

    /**
     * The positions of {@code dm}'s moves from the state, for {@link #candidate}: at least its moves,
     * and, where the moves are enumerated, one per combination of the options it may change (the state
     * itself and infeasible states included).
     */
    int candidates(int dm, int index) {
        return table.candidates(dm, index);
    }

    /**
     * {@code dm}'s move from the state at position {@code k} of {@link #candidates}: the target's index,
     * or -1 where there is none (the state itself, or an infeasible one). Positions run in ascending
     * order of the target's decimal, as {@link Moves} does.
     */
    int candidate(int dm, int index, int k) {
        return table.candidate(dm, index, k);
    }

    /**
     * A cursor over one decision maker's unilateral moves from one state, in ascending order of the
     * target's decimal: {@code for (int t = moves.from(dm, s).next(); t >= 0; t = moves.next())}.
     * Reusable and allocation-free; for one thread.
     */
    public sealed interface Moves permits MoveTable.Stored.Cursor, MoveTable.Enumerated.Cursor {
        /** Starts at {@code dm}'s moves from the state with index {@code index}; returns this cursor. */
        Moves from(int dm, int index);

        /** The next move's target index, or -1 when there is none left. */
        int next();
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
