package org.detente.web;

import org.detente.model.Domain;
import org.detente.model.LinearAdditiveUtility;
import org.detente.model.Party;
import org.detente.model.Preferences;
import org.detente.model.UtilityFunction;

/**
 * A party's own best package within its red lines: where a person's composer starts. Red lines
 * restrict one issue each, so with a linear additive utility the best value of every issue is
 * chosen on its own; with hyper-rectangles, one issue at a time until no change helps.
 */
final class OwnBest {
    private OwnBest() {
    }

    /** The value indices of {@code p}'s best package (ties: the first value in the issue's order). */
    static int[] of(Party p, Domain d) {
        Preferences prefs = p.preferences();
        int[] values = new int[d.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = firstAllowed(prefs, i, d.issue(i).cardinality());
        }
        if (prefs.utility() instanceof LinearAdditiveUtility f) {
            for (int i = 0; i < values.length; i++) {
                for (int v = 0; v < d.issue(i).cardinality(); v++) {
                    if (prefs.allows(i, v) && f.evaluation(i, v) > f.evaluation(i, values[i])) {
                        values[i] = v;
                    }
                }
            }
        } else {
            ascend(prefs.utility(), prefs, d, values);
        }
        return values;
    }

    private static void ascend(UtilityFunction f, Preferences prefs, Domain d, int[] values) {
        double best = f.utility(values);
        boolean moved = true;
        for (int pass = 0; moved && pass < 50; pass++) {
            moved = false;
            for (int i = 0; i < values.length; i++) {
                int kept = values[i];
                for (int v = 0; v < d.issue(i).cardinality(); v++) {
                    values[i] = v;
                    double u = prefs.allows(i, v) ? f.utility(values) : Double.NEGATIVE_INFINITY;
                    if (u > best) {
                        best = u;
                        kept = v;
                        moved = true;
                    }
                }
                values[i] = kept;
            }
        }
    }

    private static int firstAllowed(Preferences prefs, int issue, int cardinality) {
        for (int v = 0; v < cardinality; v++) {
            if (prefs.allows(issue, v)) {
                return v;
            }
        }
        return 0;
    }
}
