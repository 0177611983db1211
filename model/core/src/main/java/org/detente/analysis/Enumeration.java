package org.detente.analysis;

import org.detente.model.LinearAdditiveUtility;
import org.detente.model.NegotiationCase;
import org.detente.model.Odometer;
import org.detente.model.UtilityFunction;

/**
 * Evaluates every outcome of an agreement space for every party into primitive arrays, in
 * agreement-space index order. Linear additive parties are summed with an odometer that keeps
 * per-issue partial sums (amortised O(1) per outcome, and the same left-to-right arithmetic as
 * {@link LinearAdditiveUtility#utility(int[])}); other parties are evaluated per outcome through
 * one reused buffer. No object is allocated per outcome.
 */
final class Enumeration {
    private Enumeration() {
    }

    /** {@code u[p][i]}: utility of party p for outcome i of the agreement space. */
    static double[][] utilities(NegotiationCase c, AgreementSpace space, int n) {
        int parties = c.parties().size();
        double[][] u = new double[parties][];
        for (int p = 0; p < parties; p++) {
            UtilityFunction f = c.party(p).preferences().utility();
            u[p] = new double[n];
            if (f instanceof LinearAdditiveUtility lin) {
                fillAdditive(lin, space, u[p], n);
            } else {
                fillGeneric(f, space, u[p], n);
            }
        }
        return u;
    }

    private static void fillGeneric(UtilityFunction f, AgreementSpace space, double[] out, int n) {
        int[] values = new int[space.issues()];
        for (int i = 0; i < n; i++) {
            space.decode(i, values);
            out[i] = f.utility(values);
        }
    }

    /** Contributions restricted to the allowed values: {@code c[issue][k]} for allowed value k. */
    static double[][] allowedContributions(LinearAdditiveUtility f, AgreementSpace space) {
        int m = space.issues();
        double[][] c = new double[m][];
        for (int i = 0; i < m; i++) {
            double[] all = f.contributions(i);
            int[] allowed = space.allowed(i);
            c[i] = new double[allowed.length];
            for (int k = 0; k < allowed.length; k++) {
                c[i][k] = all[allowed[k]];
            }
        }
        return c;
    }

    static void fillAdditive(LinearAdditiveUtility f, AgreementSpace space, double[] out, int n) {
        double[][] c = allowedContributions(f, space);
        int m = c.length;
        int last = m - 1;
        int[] digit = new int[m];
        int[] radix = Odometer.radix(c);
        double[] partial = new double[m]; // partial[k] = sum of contributions of issues 0..k-1
        for (int k = 1; k < m; k++) {
            partial[k] = partial[k - 1] + c[k - 1][0];
        }
        double[] lastRow = c[last];
        int lastLen = lastRow.length;
        int i = 0;
        while (i < n) {
            double base = partial[last];
            for (int v = 0; v < lastLen; v++) {
                out[i++] = base + lastRow[v];
            }
            int k = Odometer.next(digit, radix, last); // issues 0..last-1; the last one is the inner loop
            if (k < 0) {
                break;
            }
            for (int j = k + 1; j <= last; j++) {
                partial[j] = partial[j - 1] + c[j - 1][digit[j - 1]];
            }
        }
    }
}
