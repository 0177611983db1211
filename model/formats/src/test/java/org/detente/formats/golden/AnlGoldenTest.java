package org.detente.formats.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.detente.analysis.Analysis;
import org.detente.analysis.AnalysisOptions;
import org.detente.analysis.Analyzer;
import org.detente.analysis.Point;
import org.detente.formats.geniusweb.GeniusWebJson;
import org.detente.model.NegotiationCase;
import org.detente.testing.TestData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Golden tests against the ANAC 2023 league's published figures ({@code specials.json}) for all 25
 * scenarios: size, the Pareto frontier (as a set of utility vectors), Nash, the league's "kalai"
 * (GENIUS's Kalai), max social welfare and the league's opposition; with both frontier methods.
 */
class AnlGoldenTest {
    private static final double TOL = 1e-6;

    static Stream<Path> scenarios() throws IOException {
        try (Stream<Path> s = Files.list(TestData.path("anl2023"))) {
            List<Path> dirs = s.filter(Files::isDirectory).sorted().toList();
            assertThat(dirs).hasSize(25);
            return dirs.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void matchesTheLeaguesFigures(Path dir) throws Exception {
        String name = dir.getFileName().toString();
        NegotiationCase c = GeniusWebJson.readCase(dir.resolve(name + ".json"),
                List.of(dir.resolve("profileA.json"), dir.resolve("profileB.json")));
        JsonNode specials = JsonMapper.builder().build().readTree(dir.resolve("specials.json").toFile());
        for (var method : List.of(AnalysisOptions.FrontierMethod.ADDITIVE, AnalysisOptions.FrontierMethod.ENUMERATE)) {
            Analysis a = Analyzer.analyze(c, new AnalysisOptions(AnalysisOptions.DEFAULT_MAX_OUTCOMES, method));
            assertThat(a.outcomes().longValue()).isEqualTo(specials.get("size").asLong());

            List<double[]> expected = distinct(specials.get("pareto_front"));
            assertThat(a.frontier()).as("%s frontier size (%s)", name, method).hasSize(expected.size());
            for (double[] e : expected) {
                assertThat(a.frontier()).as("%s frontier contains %s", name, java.util.Arrays.toString(e))
                        .anyMatch(p -> close(p, e));
            }
            assertUtilities(a.solutions().nash().orElseThrow(), specials.get("nash"));
            assertUtilities(a.solutions().geniusKalai().orElseThrow(), specials.get("kalai"));
            Point maxWelfare = a.solutions().maxWelfare().orElseThrow();
            double welfare = maxWelfare.utility(0) + maxWelfare.utility(1);
            JsonNode sw = specials.get("social_welfare").get("utility");
            assertThat(welfare).isCloseTo(sw.get(0).asDouble() + sw.get(1).asDouble(), within(TOL));
            assertThat(a.anlOpposition()).isCloseTo(specials.get("opposition").asDouble(), within(TOL));
        }
    }

    private static void assertUtilities(Point p, JsonNode expected) {
        assertThat(p).isNotNull();
        JsonNode u = expected.get("utility");
        assertThat(p.utility(0)).isCloseTo(u.get(0).asDouble(), within(TOL));
        assertThat(p.utility(1)).isCloseTo(u.get(1).asDouble(), within(TOL));
    }

    private static List<double[]> distinct(JsonNode front) {
        List<double[]> out = new ArrayList<>();
        for (JsonNode entry : front) {
            double[] v = {entry.get("utility").get(0).asDouble(), entry.get("utility").get(1).asDouble()};
            if (out.stream().noneMatch(w -> Math.abs(w[0] - v[0]) <= 1e-9 && Math.abs(w[1] - v[1]) <= 1e-9)) {
                out.add(v);
            }
        }
        return out;
    }

    private static boolean close(Point p, double[] e) {
        return Math.abs(p.utility(0) - e[0]) <= TOL && Math.abs(p.utility(1) - e[1]) <= TOL;
    }
}
