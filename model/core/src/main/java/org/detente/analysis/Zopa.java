package org.detente.analysis;

import java.math.BigInteger;
import java.util.Objects;

/**
 * The zone of possible agreement, counted: outcomes every party prefers at least as much as its
 * alternative ({@code uᵢ ≥ RVᵢ} for all i) and that no red line refuses. An analysis that could not
 * count it holds a {@link Computed.NotComputed} instead ({@link Analysis#zopa()}).
 *
 * @param size   number of such outcomes, exact
 * @param share  size divided by the number of outcomes of the whole space
 * @param method how it was obtained ("enumerated", "every outcome: each reservation value is at or
 *               below that party's lowest possible utility", …)
 */
public record Zopa(BigInteger size, double share, String method) {
    /** @throws NullPointerException if the size or the method is null */
    public Zopa {
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(method, "method");
    }
}
