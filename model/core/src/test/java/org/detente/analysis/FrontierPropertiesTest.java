package org.detente.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.detente.model.NegotiationCase;
import org.detente.model.OutcomeSpace;
import org.detente.testcases.RandomCases;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the frontier and the solutions, on random small cases. */
class FrontierPropertiesTest {
    private static final AnalysisOptions ENUMERATE =
            new AnalysisOptions(1_000_000, AnalysisOptions.FrontierMethod.ENUMERATE);
    private static final AnalysisOptions SEARCH =
            new AnalysisOptions(1_000_000, AnalysisOptions.FrontierMethod.SEARCH);
    private static final AnalysisOptions ADDITIVE =
            new AnalysisOptions(1_000_000, AnalysisOptions.FrontierMethod.ADDITIVE);

    @Property(tries = 300)
    void additiveMergeEqualsEnumeration(@ForAll long seed, @ForAll @IntRange(min = 2, max = 3) int parties,
                                        @ForAll boolean coarse, @ForAll boolean redLines) {
        NegotiationCase c = RandomCases.additive(seed, parties, coarse, redLines);
        Analysis enumerated = Analyzer.analyze(c, ENUMERATE);
        Analysis additive = Analyzer.analyze(c, ADDITIVE);
        assertThat(additive.zopa().map(Zopa::size)).as(additive.zopa().toString()).isEqualTo(enumerated.zopa().map(Zopa::size));
        // several packages can share a utility vector; the methods may pick different ones
        Solutions x = enumerated.solutions();
        Solutions y = additive.solutions();
        sameUtilities(x.nash(), y.nash());
        sameUtilities(x.kalaiSmorodinsky(), y.kalaiSmorodinsky());
        sameUtilities(x.egalitarian(), y.egalitarian());
        sameUtilities(x.maxWelfare(), y.maxWelfare());
        sameUtilities(x.geniusKalai(), y.geniusKalai());
        List<Point> a = enumerated.frontier();
        List<Point> b = additive.frontier();
        assertThat(b).hasSameSizeAs(a);
        for (int k = 0; k < a.size(); k++) {
            for (int p = 0; p < parties; p++) {
                assertThat(b.get(k).utility(p)).isCloseTo(a.get(k).utility(p), org.assertj.core.data.Offset.offset(1e-9));
            }
        }
    }

    @Property(tries = 300)
    void frontierIsExactlyTheNonDominatedSet(@ForAll long seed, @ForAll @IntRange(min = 2, max = 3) int parties,
                                             @ForAll boolean coarse, @ForAll boolean redLines) {
        NegotiationCase c = RandomCases.additive(seed, parties, coarse, redLines);
        checkFrontier(c, Analyzer.analyze(c, ADDITIVE));
        checkFrontier(c, Analyzer.analyze(c, ENUMERATE));
    }

    @Property(tries = 200)
    void nonLinearFrontierIsExactlyTheNonDominatedSet(@ForAll long seed) {
        NegotiationCase c = RandomCases.nonlinear(seed);
        checkFrontier(c, Analyzer.analyze(c));
    }

    @Property(tries = 200)
    void branchAndBoundEqualsEnumeration(@ForAll long seed, @ForAll boolean additive) {
        NegotiationCase c = additive ? RandomCases.additive(seed, 2, seed % 2 == 0, true) : RandomCases.nonlinear(seed);
        Analysis enumerated = Analyzer.analyze(c, ENUMERATE);
        Analysis searched = Analyzer.analyze(c, SEARCH);
        if (searched.agreementOutcomes().signum() > 0) {
            assertThat(searched.frontierMethod()).isEqualTo(FrontierSource.BRANCH_AND_BOUND);
            assertThat(searched.frontierMethodText()).isEqualTo("branch and bound (exact, no enumeration)");
        }
        assertThat(searched.zopa().map(Zopa::size)).isEqualTo(enumerated.zopa().map(Zopa::size));
        List<Point> a = enumerated.frontier();
        List<Point> b = searched.frontier();
        assertThat(b).hasSameSizeAs(a);
        for (int k = 0; k < a.size(); k++) {
            sameUtilities(a.get(k), b.get(k));
        }
    }

    @Property(tries = 300)
    void solutionsLieOnTheFrontierAndAreIndividuallyRational(@ForAll long seed,
                                                             @ForAll @IntRange(min = 2, max = 3) int parties) {
        NegotiationCase c = RandomCases.additive(seed, parties, false, true);
        Analysis a = Analyzer.analyze(c);
        double[] rv = a.reservation().stream().mapToDouble(Double::doubleValue).toArray();
        Solutions s = a.solutions();
        for (Computed<Point> x : List.of(s.nash(), s.kalaiSmorodinsky(), s.egalitarian(), s.maxWelfare())) {
            assertThat(x.isComputed()).isEqualTo(s.anyRational());
            if (!x.isComputed()) {
                assertThat(x.whyNot()).contains(Solutions.NONE_RATIONAL);
                assertThat(a.frontier()).noneMatch(f -> Solutions.rational(f, rv));
                continue;
            }
            Point p = x.orElseThrow();
            assertThat(a.frontier()).contains(p);
            assertThat(Solutions.rational(p, rv)).isTrue();
        }
        if (!a.frontier().isEmpty()) {
            assertThat(a.frontier()).contains(s.geniusKalai().orElseThrow());
        } else {
            assertThat(s.geniusKalai().whyNot()).contains(Solutions.EMPTY_FRONTIER);
        }
    }

    /** No frontier point is dominated; every allowed outcome is weakly dominated by a frontier point. */
    private static void checkFrontier(NegotiationCase c, Analysis a) {
        OutcomeSpace space = c.domain().outcomeSpace();
        List<Point> frontier = a.frontier();
        int n = (int) space.longSize();
        int[] values = new int[c.domain().size()];
        for (int i = 0; i < n; i++) {
            space.decode(i, values);
            boolean allowed = true;
            for (var party : c.parties()) {
                allowed &= party.preferences().allows(values);
            }
            if (!allowed) {
                continue;
            }
            double[] u = Analyzer.point(c, values).vector();
            boolean covered = false;
            for (Point f : frontier) {
                double[] v = f.vector();
                assertThat(ParetoKernels.dominates(u, plus(v, 1e-9))).as("outcome dominates a frontier point").isFalse();
                covered |= weakly(v, u);
            }
            assertThat(covered).as("outcome %s is covered by the frontier", java.util.Arrays.toString(values)).isTrue();
        }
    }

    private static void sameUtilities(Computed<Point> x, Computed<Point> y) {
        assertThat(x.whyNot()).isEqualTo(y.whyNot());
        if (x.isComputed()) {
            sameUtilities(x.orElseThrow(), y.orElseThrow());
        }
    }

    private static void sameUtilities(Point a, Point b) {
        assertThat(a == null).isEqualTo(b == null);
        if (a != null) {
            for (int p = 0; p < a.utilities().size(); p++) {
                assertThat(b.utility(p)).isCloseTo(a.utility(p), org.assertj.core.data.Offset.offset(1e-9));
            }
        }
    }

    private static double[] plus(double[] v, double eps) {
        double[] w = v.clone();
        for (int i = 0; i < w.length; i++) {
            w[i] += eps;
        }
        return w;
    }

    private static boolean weakly(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] < b[i] - 1e-9) {
                return false;
            }
        }
        return true;
    }
}
