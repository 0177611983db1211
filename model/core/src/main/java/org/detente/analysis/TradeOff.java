package org.detente.analysis;

import java.util.List;

/**
 * One concession on one issue: the giver moves from its best value to another value.
 *
 * @param giver     index of the party that concedes
 * @param issue     the issue's name
 * @param from      the giver's best value on that issue
 * @param to        the value conceded to
 * @param cost      utility the giver loses (≥ 0)
 * @param gains     utility each party gains (the giver's entry is {@code -cost})
 * @param ratio     total gain of the others divided by the cost; +∞ when the move is free
 */
public record TradeOff(int giver, String issue, String from, String to, double cost, List<Double> gains,
                       double ratio) {
    /** Copies the gains. */
    public TradeOff {
        gains = List.copyOf(gains);
    }

    /** Total utility the other parties gain. */
    public double gainToOthers() {
        double s = 0;
        for (int p = 0; p < gains.size(); p++) {
            if (p != giver) {
                s += gains.get(p);
            }
        }
        return s;
    }
}
