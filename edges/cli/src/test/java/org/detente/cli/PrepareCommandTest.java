package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.detente.testing.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code detente prepare} on the US–Russia example, its reproducibility, and bad profiles. */
class PrepareCommandTest {
    static Path example() {
        return Repository.path("examples/arms-control.yaml");
    }

    static JsonNode json(Cli r) {
        assertThat(r.code()).as(r.err()).isZero();
        return JsonMapper.builder().build().readTree(r.out());
    }

    @Test
    void theExamplesTablesHaveEverySection() {
        Cli r = Cli.run("prepare", example().toString(), "--samples", "2000");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Preparing: United States, facing Russia",
                "Profile of Russia held by United States", "reservation value: triangular [0.35, 0.45, 0.65]",
                "concession: boulware (e = 0.2)", "real with probability 80.0 %", "premises: ILLUSTRATIVE",
                "Two-level acceptability", "US Senate", "Federal Assembly", "General Staff",
                "ZOPA: 137,184 packages", "ratifiable on every side: 44,163",
                "Ratification shrinks the ZOPA by 93,021 packages, 67.8 %",
                "Bottom line for United States, facing Russia", "Open with", "Aim for", "Last offer", "No agreement",
                "worth 0.4500 to us (our alternative); to Russia, as we believe it,", "Best moves", "Watch",
                "What we can offer: United States's moves", "What to ask of them: Russia's moves",
                "acknowledgement", "and states its disagreement: We do not accept",
                "Robustness: 2,000 sampled counterparts, seed 1 — over United States's profile of Russia",
                "Concession ladder:", "opening", "target", "last offer", "Costliest if wrong:");
        // the bottom line comes first
        assertThat(r.out().indexOf("Bottom line")).isLessThan(r.out().indexOf("Profile of Russia"));
        assertThat(r.err()).isEmpty();
    }

    @Test
    void jsonFiguresOfTheExample() {
        JsonNode j = json(Cli.run("prepare", example().toString(), "--samples", "2000", "--seed", "5", "--json"));
        JsonNode t = j.get("twoLevel");
        assertThat(t.get("zopa").asLong()).isEqualTo(137184);
        assertThat(t.get("ratifiable").asLong()).isEqualTo(44163);
        assertThat(t.get("winSets").get(0).get("size").asLong()).isEqualTo(192673);
        assertThat(t.get("winSets").get(1).get("size").asLong()).isEqualTo(326833);
        JsonNode moves = j.get("moves");
        assertThat(moves.get(0).get("kind").asString()).isEqualTo("respect");
        for (JsonNode m : moves) {
            if (m.get("kind").asString().equals("acknowledgement")) {
                assertThat(m.get("disagreement").asString()).isNotBlank();
            }
        }
        JsonNode rob = j.get("robustness");
        assertThat(rob.get("profiled").asBoolean()).isTrue();
        JsonNode plan = rob.get("plan");
        double open = plan.get("opening").get("ourUtility").asDouble();
        double target = plan.get("target").get("ourUtility").asDouble();
        double last = plan.get("lastOffer").get("ourUtility").asDouble();
        assertThat(open).isGreaterThanOrEqualTo(target);
        assertThat(target).isGreaterThanOrEqualTo(last);
        assertThat(plan.has("walkAway")).isFalse();
        JsonNode ladder = plan.get("ladder");
        assertThat(ladder.get(0).get("outcome")).isEqualTo(plan.get("opening").get("outcome"));
        assertThat(ladder.get(0).get("changes")).isEmpty();
        assertThat(ladder.get(ladder.size() - 1).get("outcome")).isEqualTo(plan.get("lastOffer").get("outcome"));
        java.util.Map<String, String> previous = null;
        for (JsonNode step : ladder) {
            java.util.Map<String, String> now = new java.util.TreeMap<>();
            step.get("outcome").properties().forEach(e -> now.put(e.getKey(), e.getValue().asString()));
            if (previous != null) {
                assertThat(step.get("changes")).isNotEmpty();
                for (JsonNode ch : step.get("changes")) {
                    assertThat(previous.get(ch.get("issue").asString())).isEqualTo(ch.get("from").asString());
                    assertThat(now.get(ch.get("issue").asString())).isEqualTo(ch.get("to").asString());
                }
            }
            assertThat(step.get("pAccept").asDouble()).isBetween(0.0, 1.0);
            previous = now;
        }
        assertThat(rob.get("alternatives").get("ours").asDouble()).isEqualTo(0.45);
        JsonNode theirs = rob.get("alternatives").get("theirs");
        assertThat(theirs.get("low").asDouble()).isLessThanOrEqualTo(theirs.get("mean").asDouble())
                .isGreaterThanOrEqualTo(0.35);
        assertThat(theirs.get("high").asDouble()).isGreaterThanOrEqualTo(theirs.get("mean").asDouble())
                .isLessThanOrEqualTo(0.65);
        assertThat(plan.get("redLineClips")).anyMatch(x -> x.get("issue").asString().equals("warheadCeiling")
                && x.get("refusedBy").get(0).asString().equals("Russia"));
        assertThat(rob.get("risks").get(0).get("drop").asDouble())
                .isGreaterThanOrEqualTo(rob.get("risks").get(1).get("drop").asDouble());
    }

    @Test
    void sameSeedSameOutputAnotherSeedOtherSamples() {
        String a = Cli.run("prepare", example().toString(), "--samples", "1500", "--seed", "9", "--json").out();
        String b = Cli.run("prepare", example().toString(), "--samples", "1500", "--seed", "9", "--json").out();
        String c = Cli.run("prepare", example().toString(), "--samples", "1500", "--seed", "10", "--json").out();
        assertThat(a).isEqualTo(b).isNotEqualTo(c);
    }

    @Test
    void theOtherSideWithoutAProfileTakesTheStatedPreferences() {
        Cli r = Cli.run("prepare", example().toString(), "--party", "Russia", "--samples", "200");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Preparing: Russia, facing United States",
                "no profile of United States held by Russia", "no uncertain belief");
    }

    @Test
    void aNonLinearCounterpartGetsNoRobustnessButTheRest() {
        String base = "genius/anac/y2014/10issues/";
        Cli r = Cli.run("prepare", Cli.data(base + "10issues-domain.xml"), Cli.data(base + "profile-1.xml"),
                Cli.data(base + "profile-2.xml"));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("not computed: the domain has 10000000000 outcomes",
                "Robustness: no robustness analysis", "not linear additive");
    }

    @Test
    void unknownOrIdenticalPartiesAreRefused() {
        Cli unknown = Cli.run("prepare", example().toString(), "--party", "France");
        assertThat(unknown.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(unknown.err()).contains("France", "United States, Russia");
        Cli same = Cli.run("prepare", example().toString(), "--party", "Russia", "--counterpart", "Russia");
        assertThat(same.code()).isEqualTo(ExitCode.USAGE);
        Cli zero = Cli.run("prepare", example().toString(), "--samples", "0");
        assertThat(zero.code()).isEqualTo(ExitCode.USAGE);
    }

    /** Breaks one line of the example and checks exit 3 with one line naming the file, the line and the field. */
    @Test
    void badProfilesExitThreeWithOneLine(@TempDir Path dir) throws Exception {
        BadProfiles.check(example(), dir, file -> Cli.run("prepare", file.toString()));
    }
}
