package org.detente.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.detente.model.Domain;
import org.detente.model.LinearAdditiveUtility;
import org.detente.model.NegotiationCase;
import org.detente.model.Party;
import org.detente.model.Preparation;
import org.detente.model.Ratifier;
import org.detente.testcases.RandomCases;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Win-sets and the ratifiable set against a brute-force count, on random cases with random ratifiers. */
class TwoLevelPropertiesTest {

    static NegotiationCase withRatifiers(long seed, int parties, int ratifiers) {
        NegotiationCase c = RandomCases.additive(seed, parties, true, true);
        SplittableRandom r = new SplittableRandom(seed);
        Domain d = c.domain();
        List<Ratifier> list = new ArrayList<>();
        for (int k = 0; k < ratifiers; k++) {
            LinearAdditiveUtility u = RandomCases.equalWeights(d, () -> r.nextInt(5) / 4.0);
            list.add(new Ratifier("r" + k, c.party(r.nextInt(parties)).name(), u, r.nextInt(5) / 5.0, ""));
        }
        return c.withPreparation(new Preparation(List.of(), list, List.of()));
    }

    @Property(tries = 200)
    void countsEqualBruteForce(@ForAll long seed, @ForAll @IntRange(min = 2, max = 3) int parties,
                               @ForAll @IntRange(min = 0, max = 3) int ratifiers) {
        NegotiationCase c = withRatifiers(seed, parties, ratifiers);
        TwoLevelAnalysis t = TwoLevel.analyze(c, AnalysisOptions.defaults()).orElseThrow();
        Domain d = c.domain();
        int m = d.size();
        long[] own = new long[parties];
        long[] win = new long[parties];
        long zopa = 0;
        long both = 0;
        int[] values = new int[m];
        long n = d.outcomeSpace().size().longValueExact();
        for (long code = 0; code < n; code++) {
            long x = code;
            for (int i = m - 1; i >= 0; i--) {
                values[i] = (int) (x % d.issue(i).cardinality());
                x /= d.issue(i).cardinality();
            }
            boolean allOwn = true;
            boolean allWin = true;
            for (int p = 0; p < parties; p++) {
                Party party = c.party(p);
                boolean ok = party.utility(values) >= party.preferences().reservationValue() - 1e-12
                        && party.preferences().allows(values);
                boolean w = ok;
                for (Ratifier r : c.preparation().ratifiersOf(party.name())) {
                    w &= r.accepts(values);
                }
                own[p] += ok ? 1 : 0;
                win[p] += w ? 1 : 0;
                allOwn &= ok;
                allWin &= w;
            }
            zopa += allOwn ? 1 : 0;
            both += allWin ? 1 : 0;
        }
        assertThat(t.zopa()).isEqualTo(BigInteger.valueOf(zopa));
        assertThat(t.ratifiable()).isEqualTo(BigInteger.valueOf(both));
        for (int p = 0; p < parties; p++) {
            assertThat(t.winSets().get(p).own()).isEqualTo(BigInteger.valueOf(own[p]));
            assertThat(t.winSets().get(p).size()).isEqualTo(BigInteger.valueOf(win[p]));
        }
        Analysis a = Analyzer.analyze(c);
        assertThat(t.zopa()).as("the ZOPA of the analysis").isEqualTo(a.zopa().orElseThrow().size());
        assertThat(t.ratifiable()).isLessThanOrEqualTo(t.zopa());
        for (Point p : t.ratifiableFrontier()) {
            int[] v = p.outcome().toArray();
            for (int q = 0; q < parties; q++) {
                assertThat(c.preparation().ratifiersOf(c.party(q).name())).allMatch(r -> r.accepts(v));
            }
        }
    }
}
