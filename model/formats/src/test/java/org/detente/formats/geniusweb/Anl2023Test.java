package org.detente.formats.geniusweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.detente.formats.casefile.CaseFiles;
import org.detente.formats.casefile.Format;
import org.detente.model.NegotiationCase;
import org.detente.model.OutcomeSpace;
import org.detente.testing.TestData;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The 25 ANL 2023 scenarios import with the league's own outcome counts and utilities. */
class Anl2023Test {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<String> scenarios() {
        return IntStream.range(0, 25).mapToObj(i -> String.format("domain%02d", i));
    }

    static Path dir(String scenario) {
        Path d = TestData.path("anl2023").resolve(scenario);
        assertThat(d).as("scenario folder").isDirectory();
        return d;
    }

    static NegotiationCase read(String scenario) throws Exception {
        Path d = dir(scenario);
        return GeniusWebJson.readCase(d.resolve(scenario + ".json"),
                List.of(d.resolve("profileA.json"), d.resolve("profileB.json")));
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void importsWithTheLeaguesFigures(String scenario) throws Exception {
        NegotiationCase c = read(scenario);
        JsonNode specials = JSON.readTree(Files.readString(dir(scenario).resolve("specials.json")));
        assertThat(c.domain().outcomeSpace().size()).isEqualTo(BigInteger.valueOf(specials.get("size").asLong()));
        assertThat(c.partyNames()).containsExactly("profileA", "profileB");

        List<JsonNode> points = new ArrayList<>();
        specials.get("pareto_front").forEach(points::add);
        assertThat(points).isNotEmpty();
        for (String key : List.of("nash", "kalai", "social_welfare")) {
            points.add(specials.get(key));
        }
        for (JsonNode point : points) {
            Map<String, String> bid = new LinkedHashMap<>();
            point.get("bid").properties().forEach(e -> bid.put(e.getKey(), e.getValue().asString()));
            int[] outcome = c.domain().outcome(bid).toArray();
            for (int p = 0; p < 2; p++) {
                assertThat(c.party(p).utility(outcome)).as("%s %s party %d", scenario, bid, p)
                        .isCloseTo(point.get("utility").get(p).asDouble(), within(1e-9));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void issueOrderIsTheDomainFilesKeyOrder(String scenario) throws Exception {
        NegotiationCase c = read(scenario);
        JsonNode domain = JSON.readTree(Files.readString(dir(scenario).resolve(scenario + ".json")));
        List<String> keys = new ArrayList<>(domain.get("issuesValues").propertyNames());
        assertThat(c.domain().issues()).extracting(i -> i.name()).containsExactlyElementsOf(keys);
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void roundTripsThroughNativeAndBackPreserveEveryUtility(String scenario, @TempDir Path tmp) throws Exception {
        NegotiationCase c = read(scenario);
        Path yaml = tmp.resolve("case.yaml");
        CaseFiles.write(c, yaml);
        NegotiationCase viaNative = CaseFiles.read(yaml);
        assertThat(viaNative).isEqualTo(c);
        List<Path> files = GeniusWebJson.write(viaNative, tmp.resolve("gw"));
        assertThat(files).hasSize(3);
        NegotiationCase back = GeniusWebJson.readCase(files.get(0), files.subList(1, 3));
        assertSameUtilities(c, back);
        assertThat(CaseFiles.toText(back, Format.JSON)).isNotEmpty();
    }

    /** Every outcome's utility and every reservation value agree within 1e-12. */
    static void assertSameUtilities(NegotiationCase a, NegotiationCase b) {
        assertThat(b.domain()).isEqualTo(a.domain());
        assertThat(b.parties()).hasSameSizeAs(a.parties());
        OutcomeSpace space = a.domain().outcomeSpace();
        int[] v = new int[a.domain().size()];
        for (int p = 0; p < a.parties().size(); p++) {
            assertThat(b.party(p).preferences().reservationValue())
                    .isCloseTo(a.party(p).preferences().reservationValue(), within(1e-12));
            for (long k = 0; k < space.longSize(); k++) {
                space.decode(k, v);
                assertThat(b.party(p).utility(v)).isCloseTo(a.party(p).utility(v), within(1e-12));
            }
        }
    }
}
