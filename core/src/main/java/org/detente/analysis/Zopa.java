package org.detente.analysis;

import java.math.BigInteger;

/**
 * The zone of possible agreement: outcomes every party prefers at least as much as its
 * alternative ({@code uᵢ ≥ RVᵢ} for all i) and that no red line refuses.
 *
 * @param size   number of such outcomes, exact, or null when not computed
 * @param share  size divided by the number of outcomes of the whole space, or NaN when not computed
 * @param method how it was obtained ("enumerated", "all outcomes: every RV is at or below every
 *               party's lowest utility", …) or why it was not
 */
public record Zopa(BigInteger size, double share, String method) {
    /** Whether the size is known. */
    public boolean known() {
        return size != null;
    }
}
