package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.detente.testing.Repository;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DemoAndConvertTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    @Tag("slow")
    void demoAnalysesRehearsesAndBriefsTheBundledExample(@TempDir Path dir) throws Exception {
        Path brief = dir.resolve("demo-brief.html");
        Cli r = Cli.run("demo", "-o", brief.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("US–Russia nuclear risk reduction", "Pareto frontier:", "Nash",
                "Deal \"status quo ante\"", "18 packages better for every party", "Trade-offs",
                "Preparation: United States, facing Russia", "opening", "target", "last offer",
                "Rehearsal: 50 counterparts sampled from the profile", "plan ", "strategist ",
                "strategist vs improviser", "The brief: " + brief.toAbsolutePath().normalize());
        assertThat(java.nio.file.Files.readString(brief)).contains("<h2>Plan</h2>", "<svg id='frontier'");
        assertThat(r.err()).contains("rehearsal against the profile");
    }

    @Test
    @Tag("slow")
    void demoJsonReportsTheDeals() {
        Cli r = Cli.run("demo", "--json", "--no-brief");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = JSON.readTree(r.out());
        assertThat(j.get("outcomes").asLong()).isEqualTo(761805);
        assertThat(j.get("deals")).hasSize(2);
        assertThat(j.get("deals").get(0).get("name").asString()).isEqualTo("status quo ante");
        // the old terms leave value on the table once missile defence and the other tracks are in play
        assertThat(j.get("deals").get(0).get("onFrontier").asBoolean()).isFalse();
        assertThat(j.get("deals").get(0).get("improvements")).hasSize(18);
        assertThat(j.get("deals").get(1).get("improvements")).isNotEmpty();
    }

    @Test
    void geniusToNativeKeepsTheAnalysis(@TempDir Path dir) {
        String base = "genius/Jobs/";
        String[] in = {Cli.data(base + "Jobs.xml"), Cli.data(base + "Jobs_util1.xml"), Cli.data(base + "Jobs_util2.xml")};
        Path yaml = dir.resolve("jobs.yaml");
        Cli conv = Cli.run("convert", in[0], in[1], in[2], "--to", "native", "--out", yaml.toString());
        assertThat(conv.code()).as(conv.err()).isZero();
        assertThat(conv.out()).contains("wrote " + yaml);
        JsonNode before = JSON.readTree(Cli.run("analyze", in[0], in[1], in[2], "--json").out());
        JsonNode after = JSON.readTree(Cli.run("analyze", yaml.toString(), "--json").out());
        assertThat(after.get("paretoFrontier")).isEqualTo(before.get("paretoFrontier"));
        assertThat(after.get("nash")).isEqualTo(before.get("nash"));
    }

    @Test
    void nativeToGeniusWebAndBack(@TempDir Path dir) throws Exception {
        String base = "anl2023/domain02/";
        String[] in = {Cli.data(base + "domain02.json"), Cli.data(base + "profileA.json"), Cli.data(base + "profileB.json")};
        Path yaml = dir.resolve("d2.yaml");
        assertThat(Cli.run("convert", in[0], in[1], in[2], "--to", "native", "--out", yaml.toString()).code()).isZero();
        Path out = dir.resolve("web");
        Cli back = Cli.run("convert", yaml.toString(), "--to", "geniusweb", "--out", out.toString());
        assertThat(back.code()).as(back.err()).isZero();
        String[] written = back.out().lines().map(l -> l.replaceFirst("^wrote ", "")).toArray(String[]::new);
        assertThat(written).hasSize(3);
        for (String w : written) {
            assertThat(Path.of(w)).exists().startsWith(out);
        }
        String[] again = new String[] {"analyze", written[0], written[1], written[2], "--json"};
        JsonNode before = JSON.readTree(Cli.run("analyze", in[0], in[1], in[2], "--json").out());
        JsonNode after = JSON.readTree(Cli.run(again).out());
        assertThat(after.get("paretoFrontier")).isEqualTo(before.get("paretoFrontier"));
    }

    @Test
    void whatATargetCannotHoldIsRefusedNamingTheFlagAndNothingIsWritten(@TempDir Path dir) {
        for (String to : new String[] {"genius", "geniusweb"}) {
            Path out = dir.resolve(to);
            Cli r = Cli.run("convert", Repository.path("examples/arms-control.yaml").toString(), "--to", to, "--out", out.toString());
            assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT);
            assertThat(r.err()).contains("cannot hold 4 parts of this case").contains("--drop-unsupported")
                    .contains("party 'United States': 2 red lines").contains("2 named deals: status quo ante, minimal deal")
                    .contains("the preparation: 1 counterpart profile, 3 ratifiers, 6 gestures")
                    .doesNotContain("\tat ").doesNotContain("Fidelity").doesNotContain("java.");
            assertThat(out).doesNotExist();
        }
    }

    @Test
    @Tag("slow")
    void everyBundledCaseConvertsWhenDroppingAndSaysExactlyWhatWasDropped(@TempDir Path dir) {
        for (String example : new String[] {"arms-control", "supply-contract", "apartment-lease"}) {
            for (String to : new String[] {"genius", "geniusweb"}) {
                String file = Repository.path("examples/" + example + ".yaml").toString();
                Cli refused = Cli.run("convert", file, "--to", to, "--out", dir.resolve("x").toString());
                List<String> lost = refused.err().lines().skip(1).toList();
                Path out = dir.resolve(example + "-" + to);
                Cli r = Cli.run("convert", file, "--to", to, "--drop-unsupported", "--out", out.toString());
                assertThat(r.code()).as(example + " " + to + ": " + r.err()).isZero();
                assertThat(r.err().lines().skip(1).toList()).as(example + " " + to).isEqualTo(lost).isNotEmpty();
                assertThat(r.out().lines()).hasSize(3);
                String[] written = r.out().lines().map(l -> l.replaceFirst("^wrote ", "")).toArray(String[]::new);
                // the advice on a lost step is followed as given
                var advice = java.util.regex.Pattern.compile("--real-intervals (\\d+)").matcher(r.err());
                Cli again = advice.find()
                        ? Cli.run("analyze", written[0], written[1], written[2], "--real-intervals", advice.group(1))
                        : Cli.run("analyze", written[0], written[1], written[2]);
                assertThat(again.code()).as(again.err()).isZero();
            }
        }
    }

    @Test
    void aCaseAFormatCannotExpressAtAllLeavesNoFolder(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("g");
        Cli r = Cli.run(Cli.tenIssues("convert", "--to", "geniusweb", "--drop-unsupported", "--out", out.toString()));
        assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(r.err()).contains("non-linear utility");
        assertThat(out).doesNotExist();
    }
}
