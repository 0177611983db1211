package org.detente.rehearsal.mediation;

import java.util.List;
import java.util.function.LongPredicate;

import org.detente.rehearsal.UtilityTable;

/**
 * Post-settlement improvement (Raiffa's "post-settlement settlement"): once the parties hold a
 * tentative agreement, a mediator who knows their confided preferences proposes a package that is
 * strictly better for every party, within every party's red lines — the one with the largest
 * product of the parties' gains over the tentative agreement (the Nash bargaining solution with the
 * tentative agreement as the disagreement point), ties to the lower outcome index.
 *
 * <p>Pure: it reads the tables and allocates nothing; one pass over the outcome space.
 */
public final class PostSettlement {
    private PostSettlement() {
    }

    /**
     * The best improvement on {@code tentative}, or -1 when no package not excluded is strictly better
     * for every party.
     *
     * @param tables    each party's utilities (the same outcome space)
     * @param tentative the tentative agreement's outcome index
     * @param excluded  outcomes not to propose (those already proposed and declined)
     * @throws IllegalArgumentException if there are no tables or the tentative outcome is not in the space
     */
    public static long improvement(List<UtilityTable> tables, long tentative, LongPredicate excluded) {
        if (tables.isEmpty() || !tables.get(0).contains(tentative)) {
            throw new IllegalArgumentException("need the parties' tables and a tentative agreement in their space");
        }
        int n = tables.size();
        double[] base = new double[n];
        for (int p = 0; p < n; p++) {
            base[p] = tables.get(p).utility(tentative);
        }
        long best = -1;
        double bestProduct = 0;
        int size = tables.get(0).size();
        for (int k = 0; k < size; k++) {
            double product = 1;
            for (int p = 0; p < n && product > 0; p++) {
                UtilityTable t = tables.get(p);
                double gain = t.utility(k) - base[p];
                product = t.permits(k) && gain > 0 ? product * gain : 0;
            }
            if (product > bestProduct && !excluded.test(k)) {
                bestProduct = product;
                best = k;
            }
        }
        return best;
    }
}
