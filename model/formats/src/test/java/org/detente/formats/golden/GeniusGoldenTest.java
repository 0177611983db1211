package org.detente.formats.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.detente.analysis.Analysis;
import org.detente.analysis.AnalysisOptions;
import org.detente.analysis.Analyzer;
import org.detente.analysis.FrontierSource;
import org.detente.formats.genius.GeniusXml;
import org.detente.model.NegotiationCase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.detente.testing.TestData;

/**
 * Golden tests against the GENIUS table of {@code testdata/README.md}: outcome count, distinct
 * Pareto points, Nash (relative to the files' reservation values) and GENIUS's opposition, with
 * both frontier methods.
 */
class GeniusGoldenTest {

    static Stream<Arguments> table() {
        return Stream.of(
                row("anac/y2010/ItexvsCypress", "ItexvsCypress_domain.xml", "ItexvsCypress_Itex.xml", "ItexvsCypress_Cypress.xml", 180, 18, 0.7215, 0.6705, 0.4315),
                row("anac/y2010/EnglandZimbabwe", "EnglandZimbabwe_domain.xml", "England.xml", "Zimbabwe.xml", 576, 25, 0.9109, 0.7332, 0.2721),
                row("anac/y2010/Travel", "travel_domain.xml", "travel_chox.xml", "travel_fanny.xml", 188_160, 12, 0.8824, 0.8020, 0.2303),
                row("anac/y2011/Laptop", "laptop_domain.xml", "laptop_buyer_utility.xml", "laptop_seller_utility.xml", 27, 4, 1.0001, 0.8151, 0.1596),
                row("anac/y2011/Camera", "camera_domain.xml", "camera_buyer_utility.xml", "camera_seller_utility.xml", 3600, 16, 0.8154, 0.8808, 0.2197),
                row("anac/y2011/Energy", "energy_domain.xml", "energy_consumer.xml", "energy_distributor.xml", 390_625, 204, 0.6250, 0.7543, 0.4454),
                row("partydomain", "party_domain.xml", "party1_utility.xml", "party2_utility.xml", 3072, 10, 0.7850, 0.9286, 0.2088),
                row("Jobs", "Jobs.xml", "Jobs_util1.xml", "Jobs_util2.xml", 540, 21, 0.8100, 0.6556, 0.3862));
    }

    /**
     * GENIUS ships the frontier of its 10-issue non-linear scenario (10^10 outcomes) in
     * {@code pareto.xml}, one "u1, u2" line per point (single precision). Beyond the enumeration
     * limit, the exact branch-and-bound search finds the same points.
     */
    @org.junit.jupiter.api.Test
    void nonLinearTenIssuesMatchesGeniusParetoFile() throws Exception {
        Path base = TestData.path("genius/anac/y2014/10issues");
        NegotiationCase c = GeniusXml.readCase(base.resolve("10issues-domain.xml"),
                List.of(base.resolve("profile-1.xml"), base.resolve("profile-2.xml")));
        List<double[]> expected = java.nio.file.Files.readAllLines(base.resolve("pareto.xml")).stream()
                .map(String::strip).filter(l -> !l.isEmpty())
                .map(l -> java.util.Arrays.stream(l.split(",")).mapToDouble(x -> Double.parseDouble(x.strip())).toArray())
                .toList();
        assertThat(expected).hasSize(10);
        Analysis an = Analyzer.analyze(c);
        assertThat(an.outcomes().longValue()).isEqualTo(10_000_000_000L);
        assertThat(an.frontierMethod()).isEqualTo(FrontierSource.BRANCH_AND_BOUND);
        assertThat(an.frontier()).hasSize(expected.size());
        for (double[] e : expected) {
            assertThat(an.frontier()).as("frontier point %s", java.util.Arrays.toString(e))
                    .anyMatch(p -> Math.abs(p.utility(0) - e[0]) < 1e-6 && Math.abs(p.utility(1) - e[1]) < 1e-6);
        }
    }

    private static Arguments row(String dir, String domain, String a, String b, long outcomes, int pareto,
                                 double nash1, double nash2, double opposition) {
        return Arguments.of(dir, domain, a, b, outcomes, pareto, nash1, nash2, opposition);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void matchesTheReadmeTable(String dir, String domain, String a, String b, long outcomes, int pareto,
                               double nash1, double nash2, double opposition) throws Exception {
        Path base = TestData.path("genius").resolve(dir);
        NegotiationCase c = GeniusXml.readCase(base.resolve(domain), List.of(base.resolve(a), base.resolve(b)));
        for (var method : List.of(AnalysisOptions.FrontierMethod.ADDITIVE, AnalysisOptions.FrontierMethod.ENUMERATE)) {
            Analysis an = Analyzer.analyze(c, new AnalysisOptions(AnalysisOptions.DEFAULT_MAX_OUTCOMES, method));
            assertThat(an.outcomes().longValue()).isEqualTo(outcomes);
            assertThat(an.frontier()).as("%s distinct Pareto points (%s)", dir, method).hasSize(pareto);
            assertThat(an.solutions().nash().isComputed()).isTrue();
            assertThat(an.solutions().nash().orElseThrow().utility(0)).isCloseTo(nash1, within(5e-5));
            assertThat(an.solutions().nash().orElseThrow().utility(1)).isCloseTo(nash2, within(5e-5));
            assertThat(an.opposition()).isCloseTo(opposition, within(5e-5));
        }
    }
}
