package org.detente.fair;

import java.util.ArrayList;
import java.util.List;

import org.detente.model.Issue;
import org.detente.model.LinearAdditiveUtility;
import org.detente.model.NegotiationCase;
import org.detente.model.Outcome;

/**
 * Adjusted Winner on a case: the issues are the items, each party's issue weights its points (the
 * weight says how much winning the issue — getting its best value — is worth to it), and the
 * division is read back as a package.
 *
 * @param partyA    index of the first party
 * @param partyB    index of the second party
 * @param division  the Adjusted Winner division of the issues
 * @param suggested a package that follows it: each issue a party wins at that party's best value;
 *                  the split issue at the value whose place between the two best values (on the
 *                  first party's scale) is nearest the fraction the first party holds
 */
public record CaseDivision(int partyA, int partyB, Division division, Outcome suggested) {

    /**
     * Divides the issues of a case between two of its parties.
     *
     * @throws IllegalArgumentException if a party index is invalid, the two are the same, or a
     *                                  party's preferences are not linear additive
     */
    public static CaseDivision of(NegotiationCase c, int partyA, int partyB) {
        if (partyA == partyB || partyA < 0 || partyB < 0 || partyA >= c.parties().size()
                || partyB >= c.parties().size()) {
            throw new IllegalArgumentException("Adjusted Winner needs two different parties of the case");
        }
        LinearAdditiveUtility fa = additive(c, partyA);
        LinearAdditiveUtility fb = additive(c, partyB);
        List<String> items = new ArrayList<>();
        for (Issue issue : c.domain().issues()) {
            items.add(issue.name());
        }
        Division d = AdjustedWinner.divide(items, fa.weights(), fb.weights());
        int m = c.domain().size();
        int[] values = new int[m];
        for (int i = 0; i < m; i++) {
            int bestA = best(fa, fb, i);
            int bestB = best(fb, fa, i);
            double toA = d.shares().get(i).toA();
            if (toA == 1) {
                values[i] = bestA;
            } else if (toA == 0) {
                values[i] = bestB;
            } else {
                values[i] = nearest(fa, i, bestA, bestB, toA);
            }
        }
        return new CaseDivision(partyA, partyB, d, new Outcome(values));
    }

    private static LinearAdditiveUtility additive(NegotiationCase c, int p) {
        if (c.party(p).preferences().utility() instanceof LinearAdditiveUtility lin) {
            return lin;
        }
        throw new IllegalArgumentException("Adjusted Winner needs linear additive preferences; party '"
                + c.party(p).name() + "' has none");
    }

    /** The value of the issue best for {@code f}, ties broken in favour of {@code other}. */
    private static int best(LinearAdditiveUtility f, LinearAdditiveUtility other, int issue) {
        int n = f.domain().issue(issue).cardinality();
        int best = 0;
        for (int v = 1; v < n; v++) {
            double e = f.evaluation(issue, v);
            double eb = f.evaluation(issue, best);
            if (e > eb || (e == eb && other.evaluation(issue, v) > other.evaluation(issue, best))) {
                best = v;
            }
        }
        return best;
    }

    private static int nearest(LinearAdditiveUtility fa, int issue, int bestA, int bestB, double toA) {
        double hi = fa.evaluation(issue, bestA);
        double lo = fa.evaluation(issue, bestB);
        int n = fa.domain().issue(issue).cardinality();
        int pick = bestA;
        double gap = Double.POSITIVE_INFINITY;
        for (int v = 0; v < n; v++) {
            double place = hi > lo ? (fa.evaluation(issue, v) - lo) / (hi - lo) : toA;
            if (place < -1e-12 || place > 1 + 1e-12) {
                continue;
            }
            double g = Math.abs(place - toA);
            if (g < gap) {
                gap = g;
                pick = v;
            }
        }
        return pick;
    }
}
