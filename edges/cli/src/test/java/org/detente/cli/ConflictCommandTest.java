package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.detente.testing.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Tag;

/** {@code detente conflict}: the shipped examples, the JSON contract, the status quo, bad files. */
@Tag("slow")
class ConflictCommandTest {
    private static String example(String name) {
        return Repository.path("examples/conflict").resolve(name).toString();
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asInt()));
        return out;
    }

    @Test
    void prisonersDilemmaJsonFollowsTheContract() {
        Cli r = Cli.run("conflict", example("prisoners-dilemma.gmcr"), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode root = JsonMapper.builder().build().readTree(r.out());
        JsonNode first = root.get("states").get(0);
        assertThat(first.get("id").asInt()).isEqualTo(1);
        assertThat(first.get("decimal").asInt()).isEqualTo(0);
        assertThat(first.get("options").asString()).isEqualTo("NN");
        assertThat(root.get("states").get(1).get("options").asString()).isEqualTo("YN");
        assertThat(first.get("ranks").get("P1").asInt()).isEqualTo(3);
        JsonNode eq = root.get("equilibria");
        assertThat(ints(eq.get("nash"))).containsExactly(1);
        for (String k : List.of("gmr", "smr", "seq", "sim", "seqSim")) {
            assertThat(ints(eq.get(k))).as(k).containsExactly(1, 4);
        }
    }

    @Test
    void chickenTables() {
        Cli r = Cli.run("conflict", example("chicken.yaml"));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Nash     2, 3", "SEQ      2, 3", "GMR      2, 3, 4", "SIM      2, 3, 4");
    }

    @Test
    void everyShippedExampleRuns() throws Exception {
        try (var files = Files.list(Repository.path("examples/conflict"))) {
            for (Path f : files.toList()) {
                Cli r = Cli.run("conflict", f.toString(), "--json", "--status-quo", "1");
                assertThat(r.code()).as(f + ": " + r.err()).isZero();
            }
        }
    }

    @Test
    void statusQuoPaths() {
        Cli r = Cli.run("conflict", example("cuban-missile-crisis.yaml"), "--status-quo", "1", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode sq = JsonMapper.builder().build().readTree(r.out()).get("statusQuo");
        assertThat(sq.get("state").asInt()).isEqualTo(1);
        assertThat(ints(sq.get("reachableByUnilateralImprovements"))).contains(1);
        boolean someRoute = false;
        for (JsonNode route : sq.get("routes")) {
            JsonNode path = route.get("unilateral");
            if (path != null && !path.isNull() && path.size() > 0) {
                someRoute = true;
                assertThat(path.get(0).get("from").asInt()).isEqualTo(1);
                assertThat(path.get(path.size() - 1).get("to").asInt()).isEqualTo(route.get("to").asInt());
            }
        }
        assertThat(someRoute).isTrue();
        Cli text = Cli.run("conflict", example("cuban-missile-crisis.yaml"), "--status-quo", "1");
        assertThat(text.out()).contains("Status quo: state 1 (NNNN)", "unilateral: 1 —");
    }

    @Test
    void aLargeConflictIsSummarisedAndAllListsEveryState() {
        String file = example("us-russia-standoff.yaml");
        Cli r = Cli.run("conflict", file, "--status-quo", "1");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.size()).as("lines by default").isLessThan(100);
        assertThat(r.out()).contains("States: the status quo and the Nash equilibria, 9 of 384 (--all lists every state)",
                "  Nash     35, 52, 103, 120, 214, 248, 350, 384", "  GMR      196 states; --all lists them",
                "  concept   US  Russia  Allies  every one", "  GMR      302     311     336        196",
                "reachable by unilateral improvements: 105 states; --all lists them",
                "Routes to the 8 equilibria under Nash, SEQ, SEQ∧SIM, L(h) or CNash:",
                "  to 103 (equilibrium under nash, gmr, smr, seq, sim, seqSim, limited, coalitionNash):",
                "The other 188 equilibria (under GMR, SMR or SIM only): 79 reachable by unilateral improvements,");
        assertThat(lines).noneMatch(l -> l.split(", ").length > ConflictText.LIST);
        assertThat(lines).filteredOn(l -> l.matches("\\s+\\d+\\s+\\d+\\s+[YN]{9}\\s.*")).hasSize(9);

        Cli all = Cli.run("conflict", file, "--status-quo", "1", "--all");
        assertThat(all.out().lines().filter(l -> l.matches("\\s+\\d+\\s+\\d+\\s+[YN]{9}\\s.*"))).hasSize(384);
        assertThat(all.out().lines().filter(l -> l.startsWith("  to "))).hasSize(196);
        assertThat(all.out()).doesNotContain("--all lists");

        JsonNode json = JsonMapper.builder().build().readTree(Cli.run("conflict", file, "--status-quo", "1", "--json").out());
        assertThat(json.get("states")).hasSize(384);
        assertThat(json.get("equilibria").get("gmr")).hasSize(196);
        assertThat(json.get("statusQuo").get("routes")).hasSize(196);
        assertThat(json.get("statusQuo").get("reachableByUnilateralImprovements")).hasSize(105);
    }

    @Test
    void exportsAGmcrSaveFileThatReadsBackToTheSameAnalysis() throws Exception {
        Path out = dir.resolve("cuban.gmcr");
        Cli r = Cli.run("conflict", example("cuban-missile-crisis.yaml"), "--json", "--export", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(out)).contains("\"permittedDirection\" : \"fwd\"", "\"infeasibles\"");
        Cli again = Cli.run("conflict", out.toString(), "--json");
        JsonNode a = JsonMapper.builder().build().readTree(r.out()).get("equilibria");
        JsonNode b = JsonMapper.builder().build().readTree(again.out()).get("equilibria");
        assertThat(b).isEqualTo(a);
        Cli wrong = Cli.run("conflict", example("chicken.yaml"), "--export", dir.resolve("x.txt").toString());
        assertThat(wrong.code()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void unknownStatusQuoIsAUsageError() {
        Cli r = Cli.run("conflict", example("chicken.yaml"), "--status-quo", "9");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("no such state");
    }

    // ---- bad files: exit 3, one line naming the file and the field ----

    private static final String PD = """
            {"options": [{"name": "P1 cooperates", "permittedDirection": "both"},
                         {"name": "P2 cooperates", "permittedDirection": "both"}],
             "decisionMakers": [
               {"name": "P1", "options": [0], "preferences": [[[1, "Y"]], [[0, "N"]]]},
               {"name": "P2", "options": [1], "preferences": [[[0, "Y"]], [[1, "N"]]]}],
             "infeasibles": []}
            """;

    @TempDir
    Path dir;

    private void bad(String text, String field) throws Exception {
        Path file = dir.resolve("bad.gmcr");
        Files.writeString(file, text);
        Cli r = Cli.run("conflict", file.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(r.err().strip()).doesNotContain("\n").startsWith("detente: invalid input: " + file + ":");
        if (!field.isEmpty()) {
            assertThat(r.err()).contains(": " + field + ": ");
        }
        assertThat(r.out()).isEmpty();
    }

    @Test
    void badFilesExitWithThree() throws Exception {
        bad(PD.replace("\"options\": [1]", "\"options\": [2]"), "decisionMakers[1].options[0]");
        bad(PD.replace("\"options\": [1]", "\"options\": [0]"), "decisionMakers[1].options[0]");
        bad(PD.replace("\"options\": [1], \"preferences\": [[[0, \"Y\"]], [[1, \"N\"]]]",
                "\"options\": [], \"preferences\": []"), "decisionMakers[1].options");
        bad(PD.replace("\"infeasibles\": []", "\"useManualPreferenceRanking\": true, \"infeasibles\": []")
                .replace("\"preferences\": [[[1, \"Y\"]], [[0, \"N\"]]]", "\"preferences\": [], \"preferenceRanking\": [1, 2, 3, 4]")
                .replace("\"preferences\": [[[0, \"Y\"]], [[1, \"N\"]]]", "\"preferences\": [], \"preferenceRanking\": [1, 2, 3, 3]"),
                "decisionMakers[1].preferenceRanking");
        bad(PD.replace("\"infeasibles\": []", "\"infeasibles\": [[[0, \"Y\"]], [[0, \"N\"]]]"), "infeasibles");
        bad(PD.substring(0, 120), "");
        bad(PD.replace("[[[1, \"Y\"]], [[0, \"N\"]]]", "[[[7, \"Y\"]], [[0, \"N\"]]]"), "decisionMakers[0].preferences[0][0][0]");
    }

    @Test
    void optionControlledByNoOne() throws Exception {
        String three = PD.replace("{\"name\": \"P2 cooperates\", \"permittedDirection\": \"both\"}",
                "{\"name\": \"P2 cooperates\", \"permittedDirection\": \"both\"}, {\"name\": \"orphan\"}");
        bad(three, "options[2]");
    }

    @Test
    void coalitionPathsAreRefusedAboveTheLimitNotTruncated() throws Exception {
        StringBuilder options = new StringBuilder();
        for (int o = 0; o < 13; o++) {
            options.append(o == 0 ? "" : ", ").append("{\"name\": \"o").append(o).append("\"}");
        }
        String big = "{\"options\": [" + options + "], \"decisionMakers\": ["
                + "{\"name\": \"A\", \"options\": [0, 1, 2, 3, 4, 5], \"preferences\": [[[0, \"Y\"]], [[7, \"N\"]]]},"
                + "{\"name\": \"B\", \"options\": [6, 7, 8, 9, 10, 11, 12], \"preferences\": [[[7, \"Y\"], [1, \"Y\"]]]}]}";
        Path file = dir.resolve("big.gmcr");
        Files.writeString(file, big);
        Cli refused = Cli.run("conflict", file.toString(), "--status-quo", "1", "--json");
        assertThat(refused.code()).as(refused.err()).isEqualTo(ExitCode.LIMIT);
        assertThat(refused.err()).contains("4096", "8192", "--no-coalitions");
        assertThat(refused.out()).isEmpty();
        Cli unilateral = Cli.run("conflict", file.toString(), "--status-quo", "1", "--json", "--no-coalitions");
        assertThat(unilateral.code()).as(unilateral.err()).isZero();
        assertThat(unilateral.out()).contains("\"reachableByUnilateralImprovements\"");
    }

    @Test
    void missingFileExitsWithThree() {
        Cli r = Cli.run("conflict", dir.resolve("nope.gmcr").toString());
        assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(r.err()).contains("no such file");
    }
}
