package org.detente.track;

import java.util.Optional;

import org.detente.track.Tracking.Concession;
import org.detente.track.Tracking.Style;

/**
 * Fits the time-dependent family {@code u(t) = a − b·t^(1/e)} (Faratin, Sierra and Jennings) to a
 * side's offers: for each e of a log-spaced grid, a and b by least squares; the e of the smallest
 * squared error wins.
 */
final class ConcessionFit {
    /** Fewest offers to fit. */
    static final int MIN_OFFERS = 3;
    private static final int GRID = 121;
    private static final double LOWEST = 0.02;
    private static final double HIGHEST = 50;
    /** Boundaries between the named styles: geometric midpoints of GENIUS's 0.2, 1 and 2. */
    private static final double BOULWARE_BELOW = Math.sqrt(0.2);
    private static final double CONCEDER_ABOVE = Math.sqrt(2);

    private ConcessionFit() {
    }

    /**
     * @param t the offers' normalised times
     * @param u their utilities to the side that made them
     * @return the fit, or empty with fewer than {@value #MIN_OFFERS} offers or no spread in time
     */
    static Optional<Concession> fit(double[] t, double[] u) {
        if (t.length < MIN_OFFERS) {
            return Optional.empty();
        }
        double bestE = Double.NaN;
        double bestError = Double.POSITIVE_INFINITY;
        for (int g = 0; g < GRID; g++) {
            double e = LOWEST * Math.pow(HIGHEST / LOWEST, g / (double) (GRID - 1));
            double error = error(t, u, e);
            if (error < bestError - 1e-12 || (Math.abs(error - bestError) <= 1e-12
                    && Math.abs(Math.log(e)) < Math.abs(Math.log(bestE)))) {
                bestError = error;
                bestE = e;
            }
        }
        if (Double.isNaN(bestE)) {
            return Optional.empty();
        }
        return Optional.of(new Concession(bestE, style(bestE)));
    }

    static Style style(double e) {
        return e < BOULWARE_BELOW ? Style.BOULWARE : e > CONCEDER_ABOVE ? Style.CONCEDER : Style.LINEAR;
    }

    /** Squared error of the least-squares line of u on t^(1/e); infinite when x does not vary. */
    private static double error(double[] t, double[] u, double e) {
        int n = t.length;
        double[] x = new double[n];
        double mx = 0;
        double mu = 0;
        for (int k = 0; k < n; k++) {
            x[k] = Math.pow(t[k], 1 / e);
            mx += x[k] / n;
            mu += u[k] / n;
        }
        double sxx = 0;
        double sxu = 0;
        for (int k = 0; k < n; k++) {
            sxx += (x[k] - mx) * (x[k] - mx);
            sxu += (x[k] - mx) * (u[k] - mu);
        }
        if (!(sxx > 1e-12)) {
            return Double.POSITIVE_INFINITY;
        }
        double slope = sxu / sxx;
        double sse = 0;
        for (int k = 0; k < n; k++) {
            double r = u[k] - (mu + slope * (x[k] - mx));
            sse += r * r;
        }
        return sse;
    }
}
