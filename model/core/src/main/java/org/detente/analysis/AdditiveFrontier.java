package org.detente.analysis;

import org.detente.model.LinearAdditiveUtility;
import org.detente.model.NegotiationCase;

/**
 * The exact Pareto frontier of linear additive preferences without enumerating the outcome space.
 *
 * <p>The utility vector of an outcome is the sum of one contribution vector per issue, so the
 * outcome set is a Minkowski sum, and the frontier of a sum lies within the sum of the frontiers.
 * Issues are merged one at a time: each stage keeps only the non-dominated partial sums (with a
 * back-pointer to rebuild the outcome), and every issue first keeps only its own non-dominated
 * values. The work grows with the frontier sizes, not with the number of outcomes.
 */
final class AdditiveFrontier {
    private AdditiveFrontier() {
    }

    /**
     * Frontier outcomes, each as domain value indices.
     *
     * @return one row per frontier point (distinct partial-sum vectors)
     */
    static int[][] outcomes(NegotiationCase c, AgreementSpace space) {
        int parties = c.parties().size();
        int m = space.issues();
        double[][][] contrib = new double[parties][][];
        for (int p = 0; p < parties; p++) {
            contrib[p] = Enumeration.allowedContributions(
                    (LinearAdditiveUtility) c.party(p).preferences().utility(), space);
        }
        // stage 0: the empty sum
        Stage stage = new Stage(new double[parties][1], new int[1], new int[1], null);
        stage.parent[0] = -1;
        for (int issue = 0; issue < m; issue++) {
            int[] values = issueFrontier(contrib, issue, parties);
            stage = merge(stage, contrib, issue, values, parties);
        }
        int size = stage.value.length;
        int[][] out = new int[size][m];
        for (int f = 0; f < size; f++) {
            Stage s = stage;
            int at = f;
            for (int issue = m - 1; issue >= 0; issue--) {
                out[f][issue] = space.allowed(issue)[s.value[at]];
                at = s.parent[at];
                s = s.previous;
            }
        }
        return out;
    }

    /** Allowed-value positions of the issue that no other value of the same issue dominates. */
    private static int[] issueFrontier(double[][][] contrib, int issue, int parties) {
        int k = contrib[0][issue].length;
        double[][] u = new double[parties][k];
        for (int p = 0; p < parties; p++) {
            u[p] = contrib[p][issue];
        }
        return ParetoKernels.frontierN(u, k);
    }

    /** Scratch bytes per candidate point while a merge sorts them, besides its utilities (indices, keys). */
    private static final long BYTES_PER_CANDIDATE = 24;

    private static Stage merge(Stage prev, double[][][] contrib, int issue, int[] values, int parties) {
        int m = prev.value.length;
        long total = (long) m * values.length;
        if (total > Integer.MAX_VALUE - 8) {
            throw new AnalysisLimitException("the additive frontier merge at issue #" + issue + " needs "
                    + total + " candidate points, beyond one array; the frontier itself is too large to list");
        }
        long retained = 0;
        for (Stage st = prev; st != null; st = st.previous) {
            retained += (long) st.value.length * (8L * parties + 8);
        }
        long need = retained + total * (8L * parties + BYTES_PER_CANDIDATE);
        long budget = Runtime.getRuntime().maxMemory() / 2;
        if (need > budget) {
            throw new AnalysisLimitException(String.format(java.util.Locale.ROOT, "the additive frontier merge at issue #%d"
                    + " would hold %,d candidate points (the frontier so far has %,d), about %,d MiB, more than half the"
                    + " %,d MiB this JVM may use; the frontier is too large to list — give Java more memory"
                    + " (JAVA_TOOL_OPTIONS=-Xmx…) or fix some issues with red lines", issue, total, m, need >> 20,
                    Runtime.getRuntime().maxMemory() >> 20));
        }
        int n = (int) total;
        double[][] u = new double[parties][n];
        int k = 0;
        for (int a = 0; a < m; a++) {
            for (int v : values) {
                for (int p = 0; p < parties; p++) {
                    u[p][k] = prev.utility[p][a] + contrib[p][issue][v];
                }
                k++;
            }
        }
        int[] keep = ParetoKernels.frontierN(u, n);
        double[][] nu = new double[parties][keep.length];
        int[] parent = new int[keep.length];
        int[] value = new int[keep.length];
        for (int f = 0; f < keep.length; f++) {
            int idx = keep[f];
            for (int p = 0; p < parties; p++) {
                nu[p][f] = u[p][idx];
            }
            parent[f] = idx / values.length;
            value[f] = values[idx % values.length];
        }
        return new Stage(nu, parent, value, prev);
    }

    /** One merge stage: partial sums, back-pointers into the previous stage, and the value chosen. */
    private record Stage(double[][] utility, int[] parent, int[] value, Stage previous) {
    }
}
