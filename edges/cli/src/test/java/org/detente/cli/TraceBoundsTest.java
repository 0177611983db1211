package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A session keeps only the offers its output needs: the table its head and tail, --trace and --record
 * the first --max-offers (and says when they stop short). On opposed preferences a hardliner never
 * moves and boulware never goes below its reservation value, so a time deadline runs its whole time,
 * making millions of offers.
 */
class TraceBoundsTest {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    /** One integer issue, the two parties wanting opposite ends. */
    private Path opposed() throws IOException {
        String party = "  - name: %s\n    reservation: 0.1\n    weights: {n: 1}\n"
                + "    values: {n: {linear: {slope: %s, offset: %s, origin: 0}}}\n";
        Path p = dir.resolve("opposed.yaml");
        Files.writeString(p, "version: 1\nname: opposed\nissues:\n  - {name: n, type: integer, min: 0, max: 1000}\n"
                + "parties:\n" + party.formatted("A", "0.001", "0") + party.formatted("B", "-0.001", "1"),
                StandardCharsets.UTF_8);
        return p;
    }

    @Tag("slow") // forks JVMs, each running a one-second session: full suite only
    @Test
    void aOneSecondSessionRunsIn256MiBAndPrintsOnlyItsHeadAndTail() throws Exception {
        ForkedRun r = ForkedRun.run(dir, 256, "negotiate", opposed().toString(), "--agents", "boulware,hardliner",
                "--time", "1s", "--seed", "1", "--show", "6");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        long offers = Long.parseLong(r.out().replaceAll("(?s).*the deadline passed after (\\d+) offers.*", "$1"));
        assertThat(offers).isGreaterThan(1000);
        assertThat(r.out()).contains("… " + (offers - 6) + " more");
        assertThat(r.out().lines().count()).isLessThan(20);

        ForkedRun json = ForkedRun.run(dir, 256, "negotiate", opposed().toString(), "--agents", "boulware,hardliner",
                "--time", "1s", "--seed", "1", "--json");
        assertThat(json.code()).as(json.err()).isEqualTo(ExitCode.OK);
        assertThat(JSON.readTree(json.out()).get("offers").asLong()).isGreaterThan(1000);
    }

    @Tag("slow") // forks JVMs, each running a one-second session: full suite only
    @Test
    void aTimedTraceAndRecordStopAtMaxOffersAndSaySo() throws Exception {
        Path trace = dir.resolve("t.jsonl");
        ForkedRun r = ForkedRun.run(dir, 256, "negotiate", opposed().toString(), "--agents", "boulware,hardliner",
                "--time", "1s", "--seed", "1", "--trace", trace.toString(), "--max-offers", "1000", "--json");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        JsonNode j = JSON.readTree(r.out());
        assertThat(j.get("traceStoppedAfter").asInt()).isEqualTo(1000);
        assertThat(Files.readAllLines(trace)).hasSize(1000);
        assertThat(r.err()).contains("--trace " + trace + " stopped after 1,000 offers of the session's");

        Path record = dir.resolve("r.yaml");
        ForkedRun rec = ForkedRun.run(dir, 256, "negotiate", opposed().toString(), "--agents", "boulware,hardliner",
                "--time", "1s", "--seed", "1", "--record", record.toString(), "--max-offers", "500");
        assertThat(rec.code()).as(rec.err()).isEqualTo(ExitCode.OK);
        String text = Files.readString(record);
        assertThat(java.util.regex.Pattern.compile("by: ").matcher(text).results().count()).isEqualTo(500);
        assertThat(text).contains("the record stops here: the session went on to");
        assertThat(rec.err()).contains("--record " + record + " stopped after 500 offers");
    }

    @Tag("slow") // forks a JVM: full suite only
    @Test
    void aTimeDeadlineStopsWhereTheHistoriesWouldOutgrowMemoryAndSaysSo() throws Exception {
        // 64 MiB: half of it holds about 0.8 million offers of two parties, reached long before 10 minutes
        ForkedRun r = ForkedRun.run(dir, 64, "negotiate", opposed().toString(), "--agents", "boulware,hardliner",
                "--time", "10m", "--seed", "1", "--json");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        long rounds = JSON.readTree(r.out()).get("rounds").asLong();
        assertThat(r.err()).contains("the session stopped after " + String.format(java.util.Locale.ROOT, "%,d", rounds)
                + " rounds, before its time deadline");
        assertThat(JSON.readTree(r.out()).get("offers").asLong()).isEqualTo(2 * rounds);
    }

    @Test
    void aTraceThatCannotFitIsRefusedBeforeTheSessionExit4() throws IOException {
        Path trace = dir.resolve("t.jsonl");
        Cli r = Cli.run("negotiate", opposed().toString(), "--agents", "hardliner,hardliner", "--time", "10m",
                "--trace", trace.toString(), "--max-offers", "2000000000");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.LIMIT);
        assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains("--max-offers 2,000,000,000").contains("MiB");
        assertThat(trace).doesNotExist();
    }

    @Test
    void aRoundTraceLongerThanMaxOffersStopsThereAndTheTableCountsTheRest() throws IOException {
        Path trace = dir.resolve("t.jsonl");
        Cli r = Cli.run("negotiate", opposed().toString(), "--agents", "hardliner,hardliner", "--rounds", "500",
                "--seed", "1", "--trace", trace.toString(), "--max-offers", "300", "--show", "4");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(Files.readAllLines(trace)).hasSize(300);
        assertThat(r.err()).contains("stopped after 300 offers of the session's 1,000");
        assertThat(r.out()).contains("… 996 more").contains("the deadline passed after 1000 offers");
        // the table's last rows are the session's last round, not the trace's
        assertThat(r.out()).containsPattern("\\n\\s+500\\s+B\\s");
    }
}
