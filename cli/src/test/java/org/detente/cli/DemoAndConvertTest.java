package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DemoAndConvertTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
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
    void whatATargetCannotExpressIsRefused(@TempDir Path dir) {
        Path example = Path.of(System.getProperty("user.dir")).resolve("../examples/arms-control.yaml").normalize();
        Cli r = Cli.run("convert", example.toString(), "--to", "genius", "--out", dir.resolve("g").toString());
        assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(r.err()).contains("red line").doesNotContain("\tat ");
    }
}
