package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;

import org.detente.testing.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AdjustedWinnerCommandTest {
    private static final String CASE = String.join("\n",
            "name: four items",
            "issues:",
            "  - {name: i1, type: discrete, values: [a, b]}",
            "  - {name: i2, type: discrete, values: [a, b]}",
            "  - {name: i3, type: discrete, values: [a, b]}",
            "  - {name: i4, type: discrete, values: [a, b]}",
            "parties:",
            "  - name: A",
            "    weights: {i1: 0.4, i2: 0.3, i3: 0.2, i4: 0.1}",
            "    values: {i1: {a: 1, b: 0}, i2: {a: 1, b: 0}, i3: {a: 1, b: 0}, i4: {a: 1, b: 0}}",
            "  - name: B",
            "    weights: {i1: 0.2, i2: 0.2, i3: 0.3, i4: 0.3}",
            "    values: {i1: {a: 0, b: 1}, i2: {a: 0, b: 1}, i3: {a: 0, b: 1}, i4: {a: 0, b: 1}}",
            "");

    @Test
    void dividesTheIssuesOfACase(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("four.yaml");
        Files.writeString(file, CASE);
        Cli r = Cli.run("adjusted-winner", file.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = JsonMapper.builder().build().readTree(r.out());
        assertThat(j.get("pointsA").asDouble()).isCloseTo(64, within(1e-9));
        assertThat(j.get("pointsB").asDouble()).isCloseTo(64, within(1e-9));
        assertThat(j.get("split").asString()).isEqualTo("i2");
        assertThat(j.get("items").get(1).get("shareA").asDouble()).isCloseTo(0.8, within(1e-12));
        assertThat(j.get("package").get("outcome").get("i1").asString()).isEqualTo("a");
        assertThat(j.get("package").get("outcome").get("i3").asString()).isEqualTo("b");

        Cli text = Cli.run("adjusted-winner", file.toString());
        assertThat(text.out()).contains("64.0 (A) and 64.0 (B)", "'i2' is split", "80.0 %");
    }

    @Test
    void theBundledExampleIsDividedAndRedLinesAreChecked() {
        Path example = Repository.path("examples/arms-control.yaml");
        Cli r = Cli.run("adjusted-winner", example.toString(), "--parties", "Russia,United States", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = JsonMapper.builder().build().readTree(r.out());
        assertThat(j.get("parties").get(0).asString()).isEqualTo("Russia");
        assertThat(j.get("pointsA").asDouble()).isCloseTo(j.get("pointsB").asDouble(), within(1e-9));
        assertThat(j.get("redLinesCrossedBy")).isNotNull();
    }

    @Test
    void unknownPartiesAndNonAdditivePreferencesAreInvalidInput() {
        Path example = Repository.path("examples/arms-control.yaml");
        Cli r = Cli.run("adjusted-winner", example.toString(), "--parties", "Russia,France");
        assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(r.err()).contains("unknown party 'France'", "United States");
        String base = "genius/anac/y2014/10issues/";
        Cli nl = Cli.run("adjusted-winner", Cli.data(base + "10issues-domain.xml"), Cli.data(base + "profile-1.xml"),
                Cli.data(base + "profile-2.xml"));
        assertThat(nl.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(nl.err()).contains("linear additive");
    }
}
