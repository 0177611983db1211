package org.detente.analysis;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

import org.detente.model.LinearAdditiveUtility;
import org.detente.model.NegotiationCase;

/** Counting the zone of possible agreement. */
final class Zopas {
    /**
     * An outcome whose utility equals a reservation value up to rounding counts as acceptable:
     * utilities are compared with the RV minus this slack, far below any difference the data makes
     * and far above the rounding of a sum of doubles (which differs with the order of the sum).
     */
    static final double SLACK = 1e-12;

    private Zopas() {
    }

    /** Counts outcomes with {@code u[p][i] ≥ rv[p]} for all p over enumerated utilities. */
    static Computed<Zopa> count(double[][] u, int n, double[] rv, BigInteger total, String method) {
        long count = 0;
        for (int i = 0; i < n; i++) {
            boolean in = true;
            for (int p = 0; p < rv.length && in; p++) {
                in = u[p][i] >= rv[p] - SLACK;
            }
            if (in) {
                count++;
            }
        }
        return zopa(BigInteger.valueOf(count), total, method);
    }

    /**
     * The ZOPA of linear additive parties: every outcome when every RV is at or below the party's
     * lowest possible utility; otherwise counted by enumeration if the space fits the limit.
     */
    static Computed<Zopa> additive(NegotiationCase c, AgreementSpace space, double[] rv, BigInteger total, boolean fits) {
        boolean all = true;
        for (int p = 0; p < rv.length && all; p++) {
            double[][] contrib = Enumeration.allowedContributions(
                    (LinearAdditiveUtility) c.party(p).preferences().utility(), space);
            double lowest = 0;
            for (double[] row : contrib) {
                double m = Double.POSITIVE_INFINITY;
                for (double x : row) {
                    m = Math.min(m, x);
                }
                lowest += m;
            }
            all = lowest >= rv[p];
        }
        if (all) {
            return zopa(space.size(), total, "every outcome: each reservation value is at or below that party's "
                    + "lowest possible utility");
        }
        if (rv.length == 2) {
            double[][] c1 = Enumeration.allowedContributions(
                    (LinearAdditiveUtility) c.party(0).preferences().utility(), space);
            double[][] c2 = Enumeration.allowedContributions(
                    (LinearAdditiveUtility) c.party(1).preferences().utility(), space);
            long n = ZopaCounter.count(c1, c2, rv[0] - SLACK, rv[1] - SLACK);
            if (n >= 0) {
                return zopa(BigInteger.valueOf(n), total, "counted exactly without enumeration, by meet in the middle");
            }
        }
        if (!fits) {
            return Computed.notComputed("not computed: counting it needs enumerating " + space.size()
                    + " outcomes, more than the enumeration limit");
        }
        int n = space.size().intValueExact();
        double[][] u = Enumeration.utilities(c, space, n);
        return count(u, n, rv, total, "enumerated");
    }

    private static Computed<Zopa> zopa(BigInteger size, BigInteger total, String method) {
        double share = new BigDecimal(size).divide(new BigDecimal(total), MathContext.DECIMAL64).doubleValue();
        return Computed.of(new Zopa(size, share, method));
    }
}
