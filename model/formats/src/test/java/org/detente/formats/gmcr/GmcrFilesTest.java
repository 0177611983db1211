package org.detente.formats.gmcr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;

import org.detente.conflict.model.Conflict;
import org.detente.conflict.model.Direction;
import org.detente.conflict.stability.Concept;
import org.detente.conflict.stability.Stability;
import org.detente.conflict.stability.StabilityResult;
import org.detente.conflict.stability.StateSpace;
import org.detente.formats.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GMCR+ save files and Détente's conflict YAML: import, export, round trips and bad files. */
class GmcrFilesTest {
    /** A Prisoner's Dilemma save file in the GMCR+ form, with keys we ignore. */
    static final String PD_GMCR = """
            {"version": "0.3.1", "program": "gmcr-py", "useManualPreferenceVectors": false,
             "options": [{"name": "P1 cooperates", "permittedDirection": "both"},
                         {"name": "P2 cooperates", "permittedDirection": "both"}],
             "decisionMakers": [
               {"name": "P1", "options": [0], "payoffs": [1, 0, 3, 2], "misperceptions": [],
                "preferences": [[[1, "Y"]], [[0, "N"]]]},
               {"name": "P2", "options": [1],
                "preferences": [[[0, "Y"]], {"compound": true, "members": [[[1, "N"]]]}]}],
             "infeasibles": [], "coalitions": []}
            """;

    @TempDir
    Path dir;

    @Test
    void readsAGmcrSaveFile() throws Exception {
        Path file = dir.resolve("pd.gmcr");
        Files.writeString(file, PD_GMCR);
        Conflict c = GmcrFiles.read(file);
        assertThat(c.name()).isEqualTo("pd");
        StabilityResult r = Stability.analyze(StateSpace.of(c), 2);
        assertThat(r.equilibria(Concept.NASH)).containsExactly(1);
        assertThat(r.equilibria(Concept.GMR)).containsExactly(1, 4);
    }

    @Test
    void gmcrAndYamlRoundTripsKeepTheAnalysis() throws Exception {
        Path yaml = dir.resolve("cuban.yaml");
        Files.writeString(yaml, CUBAN_YAML);
        Conflict c = GmcrFiles.read(yaml);
        assertThat(c.options().get(0).direction()).isEqualTo(Direction.FORWARD);
        StabilityResult r = Stability.analyze(StateSpace.of(c), 2);
        for (GmcrFiles.Form form : GmcrFiles.Form.values()) {
            Path out = dir.resolve(form == GmcrFiles.Form.YAML ? "again.yaml" : "again.gmcr");
            GmcrFiles.write(c, out);
            Conflict back = GmcrFiles.read(out);
            StabilityResult r2 = Stability.analyze(StateSpace.of(back), 2);
            for (Concept k : Concept.values()) {
                assertThat(r2.equilibria(k)).as(form + " " + k).isEqualTo(r.equilibria(k));
            }
            assertThat(back.options()).isEqualTo(c.options());
            assertThat(back.infeasible()).isEqualTo(c.infeasible());
        }
    }

    @Test
    void anExportedOptionWritesItsKeysInOneOrder() throws Exception {
        Path file = dir.resolve("pd.gmcr");
        Files.writeString(file, PD_GMCR);
        Path out = dir.resolve("again.gmcr");
        GmcrFiles.write(GmcrFiles.read(file), out);
        String text = Files.readString(out);
        // the order of the written keys once depended on the JVM run (Map.of): name first, always
        assertThat(text.replaceAll("\\s+", "")).contains("{\"name\":\"P1cooperates\",\"permittedDirection\":\"both\"}",
                "{\"name\":\"P2cooperates\",\"permittedDirection\":\"both\"}");
    }

    @Test
    void manualRankingsAreExported() throws Exception {
        Path file = dir.resolve("chicken.yaml");
        Files.writeString(file, """
                conflict: Chicken
                options:
                  - {id: a, name: A swerves}
                  - {id: b, name: B swerves}
                decisionMakers:
                  - {name: A, options: [a], preferenceRanking: [3, 4, 2, 1]}
                  - {name: B, options: [b], preferenceRanking: [2, [3, 4], 1]}
                """);
        Conflict c = GmcrFiles.read(file);
        String json = GmcrFiles.toText(c, GmcrFiles.Form.GMCR_JSON);
        assertThat(json).contains("\"useManualPreferenceRanking\" : true");
        Conflict back = GmcrFiles.read("x.gmcr", json, GmcrFiles.Form.GMCR_JSON, "Chicken");
        assertThat(back.decisionMakers()).isEqualTo(c.decisionMakers());
    }

    static final String CUBAN_YAML = """
            conflict: Cuban missile crisis
            options:
              - {id: strike, name: Air strike, direction: forward}
              - {id: blockade, name: Blockade}
              - {id: withdraw, name: Withdraw missiles}
              - {id: escalate, name: Escalate}
            decisionMakers:
              - name: US
                options: [strike, blockade]
                preferences:
                  - withdraw
                  - not escalate
                  - if withdraw then not strike
                  - not strike and not blockade or withdraw
              - name: USSR
                options: [withdraw, escalate]
                preferences:
                  - not escalate
                  - not strike
                  - if blockade then withdraw
                  - not withdraw
            infeasibles:
              - withdraw and escalate
            """;

    // ---- bad files: each names the file and the field ----

    private InputException bad(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        InputException e = catchThrowableOfType(InputException.class, () -> GmcrFiles.read(file));
        assertThat(e).as("an InputException for\n" + text).isNotNull();
        assertThat(e.getMessage()).startsWith(file.toString() + ":").doesNotContain("\n");
        return e;
    }

    @Test
    void optionIndexOutOfRange() throws Exception {
        InputException e = bad("a.gmcr", PD_GMCR.replace("\"options\": [1]", "\"options\": [5]"));
        assertThat(e.field()).isEqualTo("decisionMakers[1].options[0]");
        assertThat(e.problem()).contains("out of range");
        assertThat(e.line()).isEqualTo(7);
    }

    @Test
    void optionControlledByTwo() throws Exception {
        InputException e = bad("b.gmcr", PD_GMCR.replace("\"options\": [1]", "\"options\": [0, 1]"));
        assertThat(e.field()).isEqualTo("decisionMakers[1].options[0]");
        assertThat(e.problem()).contains("already controlled by 'P1'");
    }

    @Test
    void optionControlledByNone() throws Exception {
        InputException e = bad("c.gmcr", PD_GMCR.replace("\"options\": [1]", "\"options\": []"));
        assertThat(e.field()).isEqualTo("decisionMakers[1].options");
        InputException e2 = bad("c2.gmcr", PD_GMCR.replace("\"options\": [0]", "\"options\": [1]")
                .replace("\"options\": [1],\n", "\"options\": [1],\n"));
        assertThat(e2.problem()).containsAnyOf("controlled by no decision maker", "already controlled");
    }

    @Test
    void rankingNotAPermutation() throws Exception {
        String ranked = PD_GMCR.replace("\"useManualPreferenceVectors\": false", "\"useManualPreferenceRanking\": true")
                .replace("\"payoffs\"", "\"preferenceRanking\": [3, 4, 1, 2], \"payoffs\"")
                .replace("{\"name\": \"P2\", \"options\": [1],", "{\"name\": \"P2\", \"options\": [1], \"preferenceRanking\": [2, [4, 1]],");
        InputException e = bad("d.gmcr", ranked);
        assertThat(e.field()).isEqualTo("decisionMakers[1].preferenceRanking");
        assertThat(e.problem()).contains("state 3 is not ranked");
        InputException twice = bad("d2.gmcr", ranked.replace("[2, [4, 1]]", "[2, [4, 1], 3, 2]"));
        assertThat(twice.problem()).contains("state 2 is ranked twice");
        InputException missing = bad("d3.gmcr", ranked.replace("[2, [4, 1]]", "[2, [4, 1], 3, 9]"));
        assertThat(missing.problem()).contains("state 9 does not exist");
    }

    @Test
    void patternsLeaveNoFeasibleState() throws Exception {
        InputException e = bad("e.gmcr", PD_GMCR.replace("\"infeasibles\": []", "\"infeasibles\": [[[0, \"Y\"]], [[0, \"N\"]]]"));
        assertThat(e.field()).isEqualTo("infeasibles");
        assertThat(e.problem()).contains("no feasible state");
    }

    @Test
    void truncatedJson() throws Exception {
        InputException e = bad("f.gmcr", PD_GMCR.substring(0, PD_GMCR.indexOf("\"infeasibles\"")));
        assertThat(e.problem()).startsWith("syntax error");
        assertThat(e.line()).isPositive();
    }

    @Test
    void badYamlStatementNamesTheField() throws Exception {
        InputException e = bad("g.yaml", CUBAN_YAML.replace("if withdraw then not strike", "if withdraw not strike"));
        assertThat(e.field()).isEqualTo("decisionMakers[0].preferences[2]");
        assertThat(e.problem()).contains("expected 'then'");
        InputException u = bad("h.yaml", CUBAN_YAML.replace("- not escalate\n      - if", "- not escalade\n      - if"));
        assertThat(u.problem()).contains("unknown option 'escalade'");
    }
}
