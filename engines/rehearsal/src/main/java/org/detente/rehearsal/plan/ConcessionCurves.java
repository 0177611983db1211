package org.detente.rehearsal.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * How the two sides conceded, on average over a rehearsal's sessions: time is cut into equal bins,
 * and in each bin the mean utility, to us and to the counterpart (its sampled utility), of the
 * offers each side made in it (an offer across the counterpart's believed red line, where they are
 * real, counts as worth 0 to it). A bin where a side made no offer (every session had ended) is NaN.
 *
 * @param times            the middle of each bin (normalised time)
 * @param oursToUs         our offers, our utility
 * @param oursToThem       our offers, the counterpart's utility
 * @param theirsToUs       their offers, our utility
 * @param theirsToThem     their offers, their utility
 * @param offers           offers per bin (both sides)
 */
public record ConcessionCurves(List<Double> times, List<Double> oursToUs, List<Double> oursToThem,
                               List<Double> theirsToUs, List<Double> theirsToThem, List<Integer> offers) {
    /** Number of time bins. */
    public static final int BINS = 20;

    /** Copies the lists. */
    public ConcessionCurves {
        times = List.copyOf(times);
        oursToUs = List.copyOf(oursToUs);
        oursToThem = List.copyOf(oursToThem);
        theirsToUs = List.copyOf(theirsToUs);
        theirsToThem = List.copyOf(theirsToThem);
        offers = List.copyOf(offers);
    }

    /** Sums per bin, filled session by session and added in session order (so the figures do not depend on threads). */
    static final class Sums {
        final double[][] sum = new double[4][BINS];
        final int[][] count = new int[2][BINS];

        void offer(boolean ours, double time, double toUs, double toThem) {
            int b = Math.min(BINS - 1, Math.max(0, (int) (time * BINS)));
            int side = ours ? 0 : 1;
            sum[2 * side][b] += toUs;
            sum[2 * side + 1][b] += toThem;
            count[side][b]++;
        }

        void add(Sums o) {
            for (int k = 0; k < 4; k++) {
                for (int b = 0; b < BINS; b++) {
                    sum[k][b] += o.sum[k][b];
                }
            }
            for (int k = 0; k < 2; k++) {
                for (int b = 0; b < BINS; b++) {
                    count[k][b] += o.count[k][b];
                }
            }
        }

        ConcessionCurves curves() {
            List<Double> t = new ArrayList<>();
            List<List<Double>> m = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            List<Integer> n = new ArrayList<>();
            for (int b = 0; b < BINS; b++) {
                t.add((b + 0.5) / BINS);
                for (int k = 0; k < 4; k++) {
                    int c = count[k / 2][b];
                    m.get(k).add(c == 0 ? Double.NaN : sum[k][b] / c);
                }
                n.add(count[0][b] + count[1][b]);
            }
            return new ConcessionCurves(t, m.get(0), m.get(1), m.get(2), m.get(3), n);
        }
    }
}
