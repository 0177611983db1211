package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.detente.formats.InputLimits;
import org.detente.testing.WideConflict;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and huge inputs: each ends with its documented exit code and one line naming the file and field. */
class HardeningTest {
    @TempDir
    Path dir;

    private static final String PARTY = "  - name: %s\n    reservation: 0.1\n    weights: {n: %s}\n"
            + "    values: {n: {linear: {slope: %s, offset: %s, origin: 0}}}\n";

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static String oneLine(Cli r) {
        assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
        return r.err();
    }

    private String integerCase(String max, String weight) {
        return "version: 1\nname: case\nissues:\n  - {name: n, type: integer, min: 0, max: " + max + "}\nparties:\n"
                + PARTY.formatted("A", weight, "0.001", "0") + PARTY.formatted("B", weight, "-0.001", "1");
    }

    @Test
    void deeplyNestedXmlIsOneLineExit3() throws IOException {
        Path deep = write("deep.xml", "<a>".repeat(300_000) + "</a>".repeat(300_000));
        Path p = write("p.xml", "<utility_space/>");
        Cli r = Cli.run("analyze", deep.toString(), p.toString(), p.toString());
        assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(oneLine(r)).contains("deep.xml:").contains("nest deeper than " + InputLimits.MAX_NESTING);
    }

    @Test
    void truncatedXmlIsReportedAsTruncated() throws IOException {
        Path cut = write("cut.xml", "<utility_space><objective index=\"0\">");
        Cli r = Cli.run("analyze", cut.toString(), cut.toString(), cut.toString());
        assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(oneLine(r)).contains("cut.xml:").contains("truncated").doesNotContain("DOCTYPE", "[Fatal Error]");
    }

    @Test
    void bytesThatAreNotUtf8InXmlAreOneLineWithoutTheJdksFatalErrorLine() throws IOException {
        Path bad = dir.resolve("bad.xml");
        Files.write(bad, new byte[] {'<', 'a', '>', (byte) 0xFF, (byte) 0xFE, '<', '/', 'a', '>'});
        var captured = new java.io.ByteArrayOutputStream();
        java.io.PrintStream saved = System.err;
        Cli r;
        System.setErr(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            r = Cli.run("analyze", bad.toString(), bad.toString(), bad.toString());
        } finally {
            System.setErr(saved);
        }
        assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(oneLine(r)).contains("bad.xml").contains("not valid UTF-8");
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("[Fatal Error]");
    }

    @Test
    void aFileBeyondTheSizeLimitIsRefusedBeforeReadingExit4() throws IOException {
        Path big = dir.resolve("big.yaml");
        Files.write(big, new byte[(int) InputLimits.MAX_FILE_BYTES + 1]);
        Cli r = Cli.run("analyze", big.toString());
        assertThat(r.code()).isEqualTo(ExitCode.LIMIT);
        assertThat(oneLine(r)).contains("big.yaml").contains("limited to 16 MiB");
    }

    @Test
    void aDeepJsonCaseIsOneLineExit3() throws IOException {
        Path deep = write("deep.json", "[".repeat(100_000) + "]".repeat(100_000));
        Cli r = Cli.run("analyze", deep.toString());
        assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(oneLine(r)).contains("deep.json:").contains("nest deeper");
    }

    @Test
    void anAliasBombIsOneLine() throws IOException {
        var yaml = new StringBuilder("version: 1\na0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [").append(("*a" + (i - 1) + ", ").repeat(8))
                    .append("*a").append(i - 1).append("]\n");
        }
        Cli r = Cli.run("analyze", write("bomb.yaml", yaml.toString()).toString());
        assertThat(r.code()).isIn(ExitCode.INVALID_INPUT, ExitCode.LIMIT);
        assertThat(oneLine(r)).contains("bomb.yaml");
    }

    @Test
    void nanAndInfiniteWeightsAreNamedAsSuch() throws IOException {
        Cli r = Cli.run("analyze", write("nan.yaml", integerCase("10", ".nan")).toString());
        assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(oneLine(r)).contains("nan.yaml:").contains("parties[0].weights.n").contains("NaN")
                .doesNotContain("no weight for issue");
        Cli inf = Cli.run("analyze", write("inf.yaml", integerCase("10", ".inf")).toString());
        assertThat(oneLine(inf)).contains("infinite");
    }

    @Test
    void anIssueBeyondTheIndexableIsALimitExit4() throws IOException {
        Cli r = Cli.run("analyze", write("wide.yaml", integerCase("4294967296", "1")).toString());
        assertThat(r.code()).isEqualTo(ExitCode.LIMIT);
        assertThat(oneLine(r)).contains("wide.yaml:").contains("issues[0]").contains("4,294,967,297 values");
    }

    @Test
    void jsonOutputStaysValidJsonWithDelAndC1ControlsInNames() throws IOException {
        String text = integerCase("10", "1").replace("name: case", "name: \"del\\x7F nel\\x85 esc\\e\"");
        Cli r = Cli.run("analyze", "--json", write("c1.yaml", text).toString());
        assertThat(r.code()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).doesNotContain("\u007f", "\u0085", "\u001b");
        var tree = tools.jackson.databind.json.JsonMapper.builder().build().readTree(r.out());
        assertThat(tree.get("case").asString()).isEqualTo("del\u007f nel\u0085 esc\u001b");
    }

    @Test
    void controlCharactersInNamesAreEscaped() throws IOException {
        String text = integerCase("10", "1").replace("name: case", "name: \"red\\e[31m\\0nul\"");
        Cli r = Cli.run("analyze", write("esc.yaml", text).toString());
        assertThat(r.code()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("red\\x1B[31m\\x00nul").doesNotContain("\u001b", "\u0000");
        assertThat(PrintableWriter.escape("a\u0007b\u009bc\u007f\n\r\té")).isEqualTo("a\\x07b\\u009Bc\\u007F\n\r\té");
    }

    @Test
    void aPlanOfBillionsOfSessionsIsALimitExit4() throws IOException {
        Path c = write("c.yaml", integerCase("10", "1"));
        Path t = write("t.yaml", "seed: 1\nrounds: 10\nrepetitions: 2000000000\nagents: [boulware, linear, conceder, random]\n"
                + "scenarios:\n  - case: " + c + "\n");
        Cli r = Cli.run("tournament", t.toString(), "--out", dir.resolve("out").toString(), "--no-progress");
        assertThat(r.code()).isEqualTo(ExitCode.LIMIT);
        assertThat(oneLine(r)).contains("32,000,000,000 sessions").contains("repetitions");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aTournamentsRoundsBeyondMemoryAreRefusedUpFrontExit4() throws IOException {
        Path c = write("c.yaml", integerCase("10", "1"));
        Path t = write("t.yaml", "seed: 1\nrounds: 2000000000\nrepetitions: 1\nagents: [boulware, hardliner]\n"
                + "scenarios:\n  - case: " + c + "\n");
        Cli r = Cli.run("tournament", t.toString(), "--out", dir.resolve("out").toString(), "--no-progress");
        assertThat(r.code()).isEqualTo(ExitCode.LIMIT);
        assertThat(oneLine(r)).contains("rounds 2,000,000,000").contains("MiB").contains("--threads");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void roundsBeyondMemoryAreRefusedUpFrontExit4() throws IOException {
        Cli r = Cli.run("negotiate", write("c.yaml", integerCase("10", "1")).toString(), "--agents", "boulware,conceder",
                "--rounds", "2000000000", "--seed", "1");
        assertThat(r.code()).isEqualTo(ExitCode.LIMIT);
        assertThat(oneLine(r)).contains("--rounds 2,000,000,000").contains("MiB");
    }

    @Test
    void aConflictWithTooManyMovesIsExit4BeforeAnyAnalysis() throws IOException {
        // 2^20 states, 1,023 moves each for each of the two decision makers: over the 2^30 analysed
        Cli r = Cli.run("conflict", write("wide.yaml", WideConflict.yaml(20, 2)).toString());
        assertThat(r.code()).isEqualTo(ExitCode.LIMIT);
        assertThat(oneLine(r)).contains("2,145,386,496 unilateral moves").contains("fewer options each");
    }

    @Test
    void aConflictWhoseAnalysisCannotFitIsExit4BeforeAllocating() throws IOException {
        // 2^24 states for 24 decision makers: hundreds of GiB, refused whatever the heap
        Cli r = Cli.run("conflict", write("wide.yaml", WideConflict.yaml(24, 24)).toString());
        assertThat(r.code()).isEqualTo(ExitCode.LIMIT);
        assertThat(oneLine(r)).contains("16,777,216 states").contains("24 decision makers").contains("-Xmx");
    }

    @Tag("slow") // fills most of a heap for seconds: full suite only
    @Test
    void aFrontierTooLargeToListIsExit4() throws IOException {
        var yaml = new StringBuilder("version: 1\nname: opposed\nissues:\n");
        var weights = new StringBuilder();
        var a = new StringBuilder();
        var b = new StringBuilder();
        var random = new java.util.Random(7);
        double[] raw = random.doubles(60, 0.5, 1.5).toArray();
        double total = java.util.Arrays.stream(raw).sum();
        for (int i = 0; i < 60; i++) {
            yaml.append("  - {name: i").append(i).append(", type: discrete, values: [x, y]}\n");
            double w = raw[i] / total;
            weights.append(i == 0 ? "" : ", ").append("i").append(i).append(": ").append(w);
            a.append("      i").append(i).append(": {x: 1, y: 0}\n");
            b.append("      i").append(i).append(": {x: 0, y: 1}\n");
        }
        yaml.append("parties:\n");
        for (var side : java.util.List.of(java.util.Map.entry("A", a), java.util.Map.entry("B", b))) {
            yaml.append("  - name: ").append(side.getKey()).append("\n    reservation: 0\n    weights: {").append(weights)
                    .append("}\n    values:\n").append(side.getValue());
        }
        Cli r = Cli.run("analyze", write("opposed.yaml", yaml.toString()).toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.LIMIT);
        assertThat(oneLine(r)).contains("frontier").contains("-Xmx");
    }

    @Test
    void aDirectoryAsOutputIsNamed() throws IOException {
        Path out = Files.createDirectory(dir.resolve("out.json"));
        Cli r = Cli.run("convert", write("c.yaml", integerCase("10", "1")).toString(), "--to", "native", "-o", out.toString());
        assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(oneLine(r)).contains(out + ": it is a directory").doesNotContain(".tmp");
    }

    @Test
    void aDirectoryOrNonUtf8FileIsNamed() throws IOException {
        Path notText = dir.resolve("latin.yaml");
        Files.write(notText, new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xF0, (byte) 0x28, (byte) 0x8C, (byte) 0x28});
        Cli r = Cli.run("analyze", notText.toString());
        assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(oneLine(r)).contains("latin.yaml").contains("not valid UTF-8");
    }
}
