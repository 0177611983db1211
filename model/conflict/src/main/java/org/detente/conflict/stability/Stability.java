package org.detente.conflict.stability;

import java.util.EnumMap;
import java.util.Map;

/**
 * The stability analysis of the graph model: Nash, GMR, SMR, SEQ, SIM, SEQ∧SIM and L(h), for every
 * decision maker and feasible state.
 *
 * <p>With n decision makers, the sanctions against decision maker i are the states the others reach
 * by <em>legal move sequences</em> — any number of unilateral moves (for SEQ: unilateral
 * improvements) by decision makers other than i, no one moving twice in a row — not only one move
 * each. With s ⪰ meaning "not preferred to", for every unilateral improvement s1 of i from s:
 * <ul>
 *   <li>GMR: some s2 ∈ R_{N−i}(s1) has s2 ⪯_i s;</li>
 *   <li>SMR: some s2 ∈ R_{N−i}(s1) has s2 ⪯_i s and s3 ⪯_i s for every s3 ∈ R_i(s2);</li>
 *   <li>SEQ: some s2 ∈ R⁺_{N−i}(s1) has s2 ⪯_i s;</li>
 *   <li>SIM: see {@link Simultaneous}; L(h): see {@link LimitedMove}.</li>
 * </ul>
 */
public final class Stability {
    private Stability() {
    }

    /**
     * Analyses every concept.
     *
     * @param space   the state space
     * @param horizon the horizon h of L(h), at least 1
     * @return the stabilities and equilibria
     * @throws IllegalArgumentException if the horizon is below 1
     */
    public static StabilityResult analyze(StateSpace space, int horizon) {
        if (horizon < 1) {
            throw new IllegalArgumentException("the horizon of L(h) must be at least 1, not " + horizon);
        }
        int n = space.decisionMakers();
        int m = space.size();
        Map<Concept, boolean[][]> stable = new EnumMap<>(Concept.class);
        StateSpace.Moves moves = space.moves();
        for (Concept c : Concept.values()) {
            stable.put(c, new boolean[n][]);
        }
        for (int i = 0; i < n; i++) {
            int[] lv = space.levels(i);
            int[] others = new int[n - 1];
            for (int j = 0, k = 0; j < n; j++) {
                if (j != i) {
                    others[k++] = j;
                }
            }
            int[] smrValue = new int[m];
            for (int t = 0; t < m; t++) {
                int v = lv[t];
                for (int u = moves.from(i, t).next(); u >= 0; u = moves.next()) {
                    v = Math.max(v, lv[u]);
                }
                smrValue[t] = v;
            }
            int[] gmrMin = Sanctions.minOverReach(space, others, false, lv);
            int[] smrMin = Sanctions.minOverReach(space, others, false, smrValue);
            int[] seqMin = Sanctions.minOverReach(space, others, true, lv);
            boolean[] nash = new boolean[m];
            boolean[] gmr = new boolean[m];
            boolean[] smr = new boolean[m];
            boolean[] seq = new boolean[m];
            for (int s = 0; s < m; s++) {
                boolean r = true;
                boolean g = true;
                boolean sm = true;
                boolean sq = true;
                for (int s1 = moves.from(i, s).next(); s1 >= 0; s1 = moves.next()) {
                    if (lv[s1] <= lv[s]) {
                        continue;
                    }
                    r = false;
                    g &= gmrMin[s1] <= lv[s];
                    sm &= smrMin[s1] <= lv[s];
                    sq &= seqMin[s1] <= lv[s];
                }
                nash[s] = r;
                gmr[s] = g;
                smr[s] = sm;
                seq[s] = sq;
            }
            boolean[] sim = Simultaneous.stable(space, i);
            boolean[] seqSim = new boolean[m];
            for (int s = 0; s < m; s++) {
                seqSim[s] = seq[s] && sim[s];
            }
            stable.get(Concept.NASH)[i] = nash;
            stable.get(Concept.GMR)[i] = gmr;
            stable.get(Concept.SMR)[i] = smr;
            stable.get(Concept.SEQ)[i] = seq;
            stable.get(Concept.SIM)[i] = sim;
            stable.get(Concept.SEQ_SIM)[i] = seqSim;
            stable.get(Concept.LIMITED)[i] = LimitedMove.stable(space, i, horizon);
        }
        return new StabilityResult(space, horizon, stable);
    }
}
