package org.detente.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Random;

import org.detente.model.NegotiationCase;
import org.detente.model.Outcome;
import org.detente.model.Party;
import org.detente.testcases.RandomCases;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** What a package leaves on the table, and the red lines it crosses, on random cases with red lines. */
class ValueLeftPropertiesTest {

    @Property(tries = 300)
    void noImprovementCrossesARedLineAndEveryCrossingIsNamed(@ForAll long seed,
                                                            @ForAll @IntRange(min = 2, max = 3) int parties,
                                                            @ForAll boolean numeric) {
        NegotiationCase c = numeric ? RandomCases.numericRedLines(seed, parties)
                : RandomCases.additive(seed, parties, seed % 2 == 0, true);
        Analysis a = Analyzer.analyze(c);
        BigInteger size = c.domain().outcomeSpace().size();
        Outcome deal = c.domain().outcomeSpace().outcome(new Random(seed).nextLong(size.longValueExact()));
        ValueLeft v = Analyzer.valueLeft(c, a, deal);
        double[] u = v.outcome().vector();
        for (Point better : v.improvements()) {
            for (Party p : c.parties()) {
                assertThat(p.preferences().allows(better.outcome().toArray()))
                        .as("%s's red lines allow improvement %s", p.name(), better.outcome()).isTrue();
            }
            for (int p = 0; p < u.length; p++) {
                assertThat(better.utility(p)).isGreaterThan(u[p]);
            }
        }
        int refused = 0;
        for (int p = 0; p < c.parties().size(); p++) {
            Party party = c.party(p);
            for (var line : party.preferences().redLines()) {
                if (!line.allows(c.domain().issue(line.issue()), deal.toArray()[line.issue()])) {
                    refused++;
                    assertThat(v.crossesRedLines()).anySatisfy(x -> {
                        assertThat(x.party()).isEqualTo(party.name());
                        assertThat(x.redLine()).isEqualTo(line);
                        assertThat(x.issue()).isEqualTo(c.domain().issue(line.issue()).name());
                        assertThat(x.value()).isEqualTo(c.domain().labels(deal).get(x.issue()));
                    });
                }
            }
        }
        assertThat(v.crossesRedLines()).hasSize(refused);
        assertThat(v.possible()).isEqualTo(c.parties().stream().allMatch(p -> p.preferences().allows(deal.toArray())));
    }

    @Property(tries = 200)
    void theFrontierInTheZopaIsTheFrontierEveryPartyPrefersToItsAlternative(@ForAll long seed,
                                                                           @ForAll boolean numeric) {
        NegotiationCase c = numeric ? RandomCases.numericRedLines(seed, 2) : RandomCases.additive(seed, 2, false, true);
        Analysis a = Analyzer.analyze(c);
        double[] rv = a.reservation().stream().mapToDouble(Double::doubleValue).toArray();
        assertThat(a.frontierInZopa()).allMatch(f -> Solutions.rational(f, rv));
        assertThat(a.frontier()).filteredOn(f -> Solutions.rational(f, rv)).containsExactlyElementsOf(a.frontierInZopa());
        Solutions s = a.solutions();
        assertThat(s.anyRational()).isEqualTo(!a.frontierInZopa().isEmpty());
        if (s.anyRational()) {
            assertThat(a.frontierInZopa()).contains(s.nash().orElseThrow(), s.kalaiSmorodinsky().orElseThrow(),
                    s.egalitarian().orElseThrow(), s.maxWelfare().orElseThrow());
        }
    }
}
