package org.detente.analysis;

import java.math.BigInteger;
import java.util.List;

/**
 * One party's win-set (Putnam): the packages it would sign and could get ratified at home — its
 * utility reaches its reservation value, no red line of its own is crossed, and every one of its
 * ratifiers accepts.
 *
 * @param party     the party
 * @param own       packages the party itself accepts (its RV and its red lines), before ratification
 * @param size      packages in its win-set (also accepted by all its ratifiers)
 * @param share     size divided by the number of outcomes of the domain
 * @param ratifiers what each of its ratifiers accepts and vetoes
 */
public record WinSet(String party, BigInteger own, BigInteger size, double share, List<RatifierCount> ratifiers) {
    /** Copies the list. */
    public WinSet {
        ratifiers = List.copyOf(ratifiers);
    }

    /**
     * What one ratifier accepts.
     *
     * @param ratifier   its name
     * @param threshold  its acceptance threshold
     * @param accepts    packages of the whole domain it accepts
     * @param zopaVetoes packages of the ZOPA (both parties accept) that it alone would be enough to
     *                   block
     */
    public record RatifierCount(String ratifier, double threshold, BigInteger accepts, BigInteger zopaVetoes) {
    }
}
