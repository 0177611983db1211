package org.detente.conflict.stability;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The stability of every feasible state for every decision maker under every {@link Concept}, and the
 * equilibria (states stable for every decision maker). States are given by number (1..m).
 */
public final class StabilityResult {
    private final StateSpace space;
    private final int horizon;
    private final Map<Concept, boolean[][]> stable;

    StabilityResult(StateSpace space, int horizon, Map<Concept, boolean[][]> stable) {
        this.space = space;
        this.horizon = horizon;
        this.stable = new EnumMap<>(stable);
    }

    /** The state space analysed. */
    public StateSpace space() {
        return space;
    }

    /** The horizon h of {@link Concept#LIMITED}. */
    public int horizon() {
        return horizon;
    }

    /**
     * Whether state {@code id} is stable for decision maker {@code dm} under {@code concept}.
     *
     * @throws IndexOutOfBoundsException if the state or decision maker does not exist
     */
    public boolean isStable(Concept concept, int dm, int id) {
        return stable.get(concept)[dm][id - 1];
    }

    /** Whether state {@code id} is stable for every decision maker under {@code concept}. */
    public boolean isEquilibrium(Concept concept, int id) {
        boolean[][] s = stable.get(concept);
        for (boolean[] perDm : s) {
            if (!perDm[id - 1]) {
                return false;
            }
        }
        return true;
    }

    /** The equilibria under {@code concept}, by ascending state number. */
    public List<Integer> equilibria(Concept concept) {
        List<Integer> out = new ArrayList<>();
        for (int id = 1; id <= space.size(); id++) {
            if (isEquilibrium(concept, id)) {
                out.add(id);
            }
        }
        return List.copyOf(out);
    }

    /** The states stable for decision maker {@code dm} under {@code concept}, ascending. */
    public List<Integer> stableStates(Concept concept, int dm) {
        List<Integer> out = new ArrayList<>();
        boolean[] s = stable.get(concept)[dm];
        for (int i = 0; i < s.length; i++) {
            if (s[i]) {
                out.add(i + 1);
            }
        }
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        return "StabilityResult[" + space + ", L(" + horizon + ")]";
    }
}
