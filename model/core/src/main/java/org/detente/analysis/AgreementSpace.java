package org.detente.analysis;

import java.math.BigInteger;
import java.util.Arrays;

import org.detente.model.Domain;
import org.detente.model.NegotiationCase;
import org.detente.model.OutcomeSpace;
import org.detente.model.Party;

/**
 * The outcomes no party's red line refuses: for every issue, the values all parties allow. Because
 * red lines restrict single issues, this is again a product space, numbered by its own mixed radix
 * (issue 0 most significant).
 */
final class AgreementSpace {
    private final Domain domain;
    private final int[][] allowed;
    private final BigInteger size;

    AgreementSpace(NegotiationCase c) {
        this.domain = c.domain();
        OutcomeSpace space = domain.outcomeSpace();
        space.size(); // throws with a clear message for a continuum
        int n = domain.size();
        allowed = new int[n][];
        BigInteger s = BigInteger.ONE;
        for (int i = 0; i < n; i++) {
            int card = space.radix(i);
            int[] keep = new int[card];
            int k = 0;
            for (int v = 0; v < card; v++) {
                boolean ok = true;
                for (Party p : c.parties()) {
                    ok &= p.preferences().allows(i, v);
                }
                if (ok) {
                    keep[k++] = v;
                }
            }
            allowed[i] = Arrays.copyOf(keep, k);
            s = s.multiply(BigInteger.valueOf(k));
        }
        size = s;
    }

    Domain domain() {
        return domain;
    }

    int issues() {
        return allowed.length;
    }

    /** Allowed value indices of issue i (shared array: callers must not modify). */
    int[] allowed(int issue) {
        return allowed[issue];
    }

    BigInteger size() {
        return size;
    }

    /** Writes the domain value indices of agreement-space outcome {@code index} into {@code into}. */
    void decode(long index, int[] into) {
        for (int i = allowed.length - 1; i >= 0; i--) {
            int r = allowed[i].length;
            into[i] = allowed[i][(int) (index % r)];
            index /= r;
        }
    }
}
