package org.detente.formats.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;

import org.detente.formats.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of malformed case file fails with the file, the line and the field path. */
class BadCaseFilesTest {
    /** A small valid case; each test breaks one line of it. Line numbers are 1-based. */
    static final String GOOD = String.join("\n",
            "name: test",                                  // 1
            "issues:",                                     // 2
            "  - name: inspections",                       // 3
            "    type: integer",                           // 4
            "    min: 0",                                  // 5
            "    max: 18",                                 // 6
            "  - name: channel",                           // 7
            "    type: discrete",                          // 8
            "    values: [hotline, nrrc]",                 // 9
            "parties:",                                    // 10
            "  - name: A",                                 // 11
            "    weights:",                                // 12
            "      inspections: 0.6",                      // 13
            "      channel: 0.4",                          // 14
            "    values:",                                 // 15
            "      inspections: {linear: {slope: 0.05, offset: 0.1}}", // 16
            "      channel: {hotline: 0, nrrc: 1}",        // 17
            "  - name: B",                                 // 18
            "    reservation: 0.2",                        // 19
            "    weights: {inspections: 0.5, channel: 0.5}", // 20
            "    values:",                                 // 21
            "      inspections: {points: [[0, 1], [18, 0]]}", // 22
            "      channel: {hotline: 1, nrrc: 0.5}",      // 23
            "    redLines:",                               // 24
            "      - {issue: inspections, within: [0, 10]}", // 25
            "");

    @TempDir
    Path dir;

    private InputException fail(String text) throws Exception {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, text);
        InputException e = catchThrowableOfType(InputException.class, () -> CaseFiles.read(file));
        assertThat(e).as("an InputException for\n" + text).isNotNull();
        assertThat(e.source()).isEqualTo(file.toString());
        assertThat(e.getMessage()).startsWith(file + ":" + e.line() + ":");
        return e;
    }

    private static String replaceLine(int line, String with) {
        String[] lines = GOOD.split("\n", -1);
        lines[line - 1] = with;
        return String.join("\n", lines);
    }

    private static void assertAt(InputException e, int line, String field) {
        assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
        assertThat(e.column()).as(e.getMessage()).isPositive();
        assertThat(e.field()).as(e.getMessage()).isEqualTo(field);
        assertThat(e.getMessage()).contains(":" + line + ":").contains(field);
    }

    @Test
    void theBaseCaseIsValid() throws Exception {
        Path file = dir.resolve("good.yaml");
        Files.writeString(file, GOOD);
        assertThat(CaseFiles.read(file).parties()).hasSize(2);
    }

    @Test
    void yamlSyntaxError() throws Exception {
        InputException e = fail(replaceLine(17, "      channel: {hotline: 0, nrrc: 1"));
        assertThat(e.line()).isBetween(17, 18);
        assertThat(e.problem()).startsWith("syntax error");
        assertThat(e.getMessage()).contains("bad.yaml:" + e.line() + ":");
    }

    @Test
    void jsonSyntaxError() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\n  \"name\": \"x\",\n  \"issues\": [,]\n}");
        InputException e = catchThrowableOfType(InputException.class, () -> CaseFiles.read(file));
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).startsWith(file + ":3:");
    }

    @Test
    void unknownIssueInWeights() throws Exception {
        InputException e = fail(replaceLine(14, "      chanel: 0.4"));
        assertAt(e, 14, "parties[0].weights.chanel");
        assertThat(e.problem()).contains("unknown issue 'chanel'");
        // the missing weight for 'channel' is reported too
        assertThat(e.getSuppressed()).extracting(t -> ((InputException) t).field())
                .contains("parties[0].weights.channel");
    }

    @Test
    void duplicateValue() throws Exception {
        InputException e = fail(replaceLine(9, "    values: [hotline, nrrc, hotline]"));
        assertAt(e, 9, "issues[1].values[2]");
        assertThat(e.problem()).contains("'hotline' twice");
    }

    @Test
    void duplicateIssue() throws Exception {
        InputException e = fail(replaceLine(7, "  - name: inspections"));
        assertAt(e, 7, "issues[1].name");
    }

    @Test
    void duplicateKey() throws Exception {
        InputException e = fail(replaceLine(14, "      inspections: 0.4"));
        assertAt(e, 14, "parties[0].weights.inspections");
        assertThat(e.problem()).contains("twice");
    }

    @Test
    void negativeWeight() throws Exception {
        InputException e = fail(replaceLine(13, "      inspections: -0.6"));
        assertAt(e, 13, "parties[0].weights.inspections");
    }

    @Test
    void nanWeight() throws Exception {
        InputException e = fail(replaceLine(13, "      inspections: .nan"));
        assertAt(e, 13, "parties[0].weights.inspections");
        assertThat(e.problem()).containsIgnoringCase("nan");
    }

    @Test
    void weightsNotSummingToOne() throws Exception {
        InputException e = fail(replaceLine(13, "      inspections: 0.5"));
        assertAt(e, 12, "parties[0].weights");
        assertThat(e.problem()).contains("sum to 0.9").contains("normalizeWeights");
    }

    @Test
    void normalisationFlagDividesBySum() throws Exception {
        Path file = dir.resolve("norm.yaml");
        Files.writeString(file, "normalizeWeights: true\n" + replaceLine(13, "      inspections: 1.6"));
        var c = CaseFiles.read(file);
        var u = (org.detente.model.LinearAdditiveUtility) c.party(0).preferences().utility();
        assertThat(u.weights()).containsExactly(0.8, 0.2);
    }

    @Test
    void valueOutsideRange() throws Exception {
        InputException e = fail(replaceLine(25, "      - {issue: channel, refuse: [satellite]}"));
        assertAt(e, 25, "parties[1].redLines[0].refuse[0]");
        InputException e2 = fail(replaceLine(25, "      - {issue: inspections, refuse: [19]}"));
        assertAt(e2, 25, "parties[1].redLines[0].refuse[0]");
        assertThat(e2.problem()).contains("outside its range");
    }

    @Test
    void evaluationAboveOne() throws Exception {
        InputException e = fail(replaceLine(23, "      channel: {hotline: 1.5, nrrc: 0.5}"));
        assertAt(e, 23, "parties[1].values.channel.hotline");
    }

    @Test
    void wrongType() throws Exception {
        InputException e = fail(replaceLine(19, "    reservation: high"));
        assertAt(e, 19, "parties[1].reservation");
        InputException e2 = fail(replaceLine(5, "    min: zero"));
        assertAt(e2, 5, "issues[0].min");
    }

    @Test
    void nanWhereAStringBelongs() throws Exception {
        InputException e = fail(replaceLine(11, "  - name: .nan"));
        assertAt(e, 11, "parties[0].name");
    }

    @Test
    void infiniteStepIsNamed() throws Exception {
        InputException e = fail(replaceLine(6, "    max: .inf"));
        assertAt(e, 6, "issues[0].max");
    }

    @Test
    void missingField() throws Exception {
        InputException e = fail(replaceLine(4, "    typ: integer"));
        assertThat(e.line()).isIn(3, 4);
        assertThat(e.field()).startsWith("issues[0]");
    }

    @Test
    void missingValueEvaluation() throws Exception {
        InputException e = fail(replaceLine(17, "      channel: {hotline: 0}"));
        assertAt(e, 17, "parties[0].values.channel");
        assertThat(e.problem()).contains("'nrrc'");
    }

    @Test
    void unknownTopLevelField() throws Exception {
        InputException e = fail("colour: red\n" + GOOD);
        assertAt(e, 1, "colour");
    }

    @Test
    void emptyFile() throws Exception {
        InputException e = fail("");
        assertThat(e.problem()).contains("empty");
    }
}
