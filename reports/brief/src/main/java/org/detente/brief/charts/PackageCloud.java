package org.detente.brief.charts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.detente.analysis.Viability;
import org.detente.model.NegotiationCase;
import org.detente.model.OutcomeSpace;
import org.detente.model.Party;

/**
 * Every package of a case in the plane of two parties' utilities, binned in cells of
 * 1/{@link #GRID} × 1/{@link #GRID}: each cell is drawn once, in the best class of the packages it
 * holds (ratifiable ZOPA, ZOPA, outside the ZOPA, and last, crossing a red line). A package some
 * party's red line refuses is never shown as a possible agreement.
 *
 * @param packages how many packages were binned
 * @param layers   one layer per class, worst first (empty layers left out)
 */
public record PackageCloud(long packages, List<Layer> layers) {
    /** Largest outcome space whose packages are drawn (above it, only the frontier and the marks). */
    public static final long DRAWN_OUTCOMES = 20_000_000;
    /** Cells per unit of utility on each axis (a cell is about three pixels wide at the brief's chart size). */
    public static final int GRID = 250;
    /** The classes, worst first: a cell takes the last one any of its packages has. */
    static final List<Palette> CLASSES = List.of(Palette.CROSSES_RED_LINE, Palette.OUTSIDE_ZOPA, Palette.ZOPA,
            Palette.ZOPA_RATIFIABLE);

    /**
     * The cells of one class.
     *
     * @param kind its class
     * @param x    the cells' centres on our axis
     * @param y    on the counterpart's axis
     */
    public record Layer(Palette kind, double[] x, double[] y) {
    }

    /**
     * The cloud of {@code c} seen by {@code us} facing {@code them}, or empty when the space is not
     * enumerable or holds more than {@link #DRAWN_OUTCOMES} packages.
     */
    public static Optional<PackageCloud> of(NegotiationCase c, int us, int them) {
        OutcomeSpace space = c.domain().outcomeSpace();
        if (!space.enumerable() || !space.indexable() || space.longSize() > DRAWN_OUTCOMES) {
            return Optional.empty();
        }
        int n = (int) space.longSize();
        Viability v = new Viability(c, c.party(us).name(), c.party(them).name());
        Map<Long, Integer> cells = new HashMap<>();
        int[] values = new int[c.domain().size()];
        for (int k = 0; k < n; k++) {
            space.decode(k, values);
            long key = Math.round(c.party(us).utility(values) * GRID) * 1_000_003L
                    + Math.round(c.party(them).utility(values) * GRID);
            cells.merge(key, kind(c, v, values), Math::max);
        }
        double[][] x = new double[CLASSES.size()][cells.size()];
        double[][] y = new double[CLASSES.size()][cells.size()];
        int[] counts = new int[CLASSES.size()];
        for (var e : new TreeMap<>(cells).entrySet()) {
            long kx = Math.floorDiv(e.getKey() + 500_001L, 1_000_003L);
            long ky = e.getKey() - kx * 1_000_003L;
            int k = e.getValue();
            x[k][counts[k]] = kx / (double) GRID;
            y[k][counts[k]++] = ky / (double) GRID;
        }
        List<Layer> layers = new ArrayList<>();
        for (int k = 0; k < CLASSES.size(); k++) {
            if (counts[k] > 0) {
                layers.add(new Layer(CLASSES.get(k), Arrays.copyOf(x[k], counts[k]), Arrays.copyOf(y[k], counts[k])));
            }
        }
        return Optional.of(new PackageCloud(n, List.copyOf(layers)));
    }

    /** Whether every party's red lines allow the package. */
    static boolean withinRedLines(NegotiationCase c, int[] values) {
        return c.parties().stream().allMatch(p -> p.preferences().allows(values));
    }

    private static int kind(NegotiationCase c, Viability v, int[] values) {
        if (!withinRedLines(c, values)) {
            return 0;
        }
        for (Party p : c.parties()) {
            if (p.utility(values) < p.preferences().reservationValue() - 1e-12) {
                return 1;
            }
        }
        return v.viable(values) ? 3 : 2;
    }
}
