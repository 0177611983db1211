package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.detente.testing.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TrackCommandTest {
    private static final String CASE = Repository.path("examples/arms-control.yaml").toString();
    private static final String TALKS = Repository.path("examples/records/arms-control-talks.yaml").toString();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> MOVES = Set.of("concession", "selfish", "fortunate", "unfortunate", "nice", "silent");

    @Test
    void negotiateRecordThenTrackRoundTrips(@TempDir Path dir) {
        Path record = dir.resolve("talks.yaml");
        Cli n = Cli.run("negotiate", CASE, "--agents", "strategist,boulware", "--rounds", "60", "--seed", "1",
                "--record", record.toString());
        assertThat(n.code()).as(n.err()).isZero();
        assertThat(Files.exists(record)).isTrue();
        Cli t = Cli.run("track", CASE, "--record", record.toString(), "--json");
        assertThat(t.code()).as(t.err()).isZero();
        JsonNode j = JSON.readTree(t.out());
        for (String key : new String[] {"offers", "estimate", "next", "warnings"}) {
            assertThat(j.has(key)).as(key).isTrue();
        }
        JsonNode offers = j.get("offers");
        assertThat(offers.size()).isPositive();
        JsonNode first = offers.get(0);
        for (String key : new String[] {"by", "outcome", "ourUtility", "theirUtility", "move"}) {
            assertThat(first.has(key)).as(key).isTrue();
        }
        assertThat(first.get("by").asString()).isEqualTo("United States");
        assertThat(first.get("move").isNull()).isTrue();
        for (JsonNode o : offers) {
            JsonNode u = o.get("theirUtility");
            assertThat(u.get("low").asDouble()).isLessThanOrEqualTo(u.get("mean").asDouble());
            assertThat(u.get("mean").asDouble()).isLessThanOrEqualTo(u.get("high").asDouble());
        }
        assertThat(offers.get(offers.size() - 1).get("move").asString()).isIn(MOVES);
        JsonNode estimate = j.get("estimate");
        JsonNode inspections = estimate.get("issues").get("inspections");
        assertThat(inspections.get("weightInterval").get("low").asDouble()).isLessThanOrEqualTo(inspections.get("weight").asDouble());
        assertThat(inspections.get("weightInterval").get("high").asDouble()).isGreaterThanOrEqualTo(inspections.get("weight").asDouble());
        assertThat(inspections.get("priorWeight").has("mean")).isTrue();
        assertThat(estimate.get("issues").get("inspections").get("values").has("18")).isTrue();
        assertThat(estimate.get("reservation").has("mean")).isTrue();
        assertThat(estimate.get("concession").get("style").asString()).isIn("boulware", "linear", "conceder");
        JsonNode next = j.get("next");
        for (String key : new String[] {"outcome", "ourUtility", "pAccept", "why"}) {
            assertThat(next.has(key)).as(key).isTrue();
        }
        assertThat(Cli.run("track", CASE, "--record", record.toString(), "--json").out()).isEqualTo(t.out());
    }

    /** A rehearsal of the flagship (strategist vs Boulware, 40 rounds, seed 1), tracked: the offers and the estimate. */
    @Test
    void goldenOnARecordedRehearsalOfTheFlagship() throws Exception {
        Path record = Path.of("src/test/resources/track/flagship-rehearsal.yaml");
        Cli t = Cli.run("track", CASE, "--record", record.toString(), "--json");
        assertThat(t.code()).as(t.err()).isZero();
        JsonNode j = JSON.readTree(t.out());
        JsonNode golden = JSON.readTree(Files.readString(Path.of("src/test/resources/track/flagship-track.json")));
        assertThat(j.get("offers")).isEqualTo(golden.get("offers"));
        assertThat(j.get("estimate")).isEqualTo(golden.get("estimate"));
        assertThat(j.get("estimate").get("concession").get("style").asString()).isEqualTo("boulware");
        assertThat(j.get("next").get("pAccept").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void theExampleRecordReadsAsTables() {
        Cli t = Cli.run("track", CASE, "--record", TALKS);
        assertThat(t.code()).as(t.err()).isZero();
        assertThat(t.out()).contains("Offers").contains("What we now believe of Russia").contains("Next offer:")
                .contains("Why: Concede");
    }

    @Test
    void theTableShowsTheFirstAndLastOffersAndCountsTheRest(@TempDir Path dir) {
        String talks = dir.resolve("talks.yaml").toString();
        assertThat(Cli.run("negotiate", CASE, "--agents", "boulware,conceder", "--rounds", "12", "--record", talks).code()).isZero();
        Cli all = Cli.run("track", CASE, "--record", talks, "--show", "1000", "--samples", "200", "--hypotheses", "100");
        int offers = (int) all.out().lines().filter(l -> l.matches("\\s+\\d+\\s+(United States|Russia)\\s.*")).count();
        assertThat(offers).isGreaterThan(3);
        for (int show : new int[] {0, 1, 2, 3}) {
            Cli r = Cli.run("track", CASE, "--record", talks, "--show", Integer.toString(show), "--samples", "200",
                    "--hypotheses", "100");
            assertThat(r.code()).as("--show %d", show).isZero();
            assertThat(r.out().lines().filter(l -> l.matches("\\s+\\d+\\s+(United States|Russia)\\s.*")).count())
                    .as("--show %d", show).isEqualTo(show);
            assertThat(r.out()).contains("… " + (offers - show) + " more (--show)");
        }
        assertThat(Cli.run("track", CASE, "--record", talks, "--show", "-1").code()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void geniusFormStartsUninformed(@TempDir Path dir) throws Exception {
        String d = Cli.data("genius/anac/y2011/Energy");
        Path record = dir.resolve("energy.json");
        Cli n = Cli.run("negotiate", d + "/energy_domain.xml", d + "/energy_consumer.xml", d + "/energy_distributor.xml",
                "--agents", "boulware,conceder", "--rounds", "40", "--seed", "2", "--record", record.toString());
        assertThat(n.code()).as(n.err()).isZero();
        Cli t = Cli.run("track", d + "/energy_domain.xml", d + "/energy_consumer.xml", "--record", record.toString(),
                "--json");
        assertThat(t.code()).as(t.err()).isZero();
        JsonNode j = JSON.readTree(t.out());
        assertThat(j.get("counterpart").asString()).isEqualTo("energy_distributor");
        assertThat(j.get("offers").size()).isPositive();
    }

    @Test
    void badRecordsExitThreeWithOneLine(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Path.of(TALKS)).replace("inspections: 6", "inspections: 60"));
        Cli t = Cli.run("track", CASE, "--record", bad.toString());
        assertThat(t.code()).isEqualTo(3);
        assertThat(t.err().lines()).hasSize(1);
        assertThat(t.err()).contains(bad + ":26").contains("offers[1].package.inspections")
                .contains("issue 'inspections' has no value '60'");
        Files.writeString(bad, Files.readString(Path.of(TALKS)).replace("by: Russia", "by: China"));
        Cli party = Cli.run("track", CASE, "--record", bad.toString());
        assertThat(party.code()).isEqualTo(3);
        assertThat(party.err()).contains("unknown party 'China'");
        assertThat(Cli.run("negotiate", CASE, "--agents", "boulware,linear", "--rounds", "5", "--seed", "1",
                "--record", dir.resolve("x.txt").toString()).code()).isEqualTo(2);
    }
}
