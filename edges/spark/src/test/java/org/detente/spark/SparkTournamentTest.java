package org.detente.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.spark.sql.Row;
import org.detente.cli.Main;
import org.detente.rehearsal.testing.FaultyAgents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code detente tournament --engine spark} in-process (the engine is on this module's class path):
 * the same files as the local engine, row for row, plus the Parquet table; resuming.
 */
class SparkTournamentTest {
    @TempDir
    static Path dir;
    private static Path config;
    private static Path local;

    private record Run(int code, String out, String err) {
    }

    private static Run detente(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void localRun() throws Exception {
        TestSpark.session();
        var files = TestSpark.scenarioFiles();
        config = dir.resolve("t.yaml");
        Files.writeString(config, String.join("\n",
                "seed: 5",
                "rounds: 100",
                "repetitions: 2",
                "agents: [boulware, random, improviser]",
                "scenarios:",
                "  - case: " + files.get("apartment-lease").get(0),
                "  - name: energy",
                "    domain: " + files.get("energy").get(0),
                "    profiles: [" + files.get("energy").get(1) + ", " + files.get("energy").get(2) + "]",
                ""));
        local = dir.resolve("local");
        Run r = detente("tournament", config.toString(), "--out", local.toString(), "--no-progress");
        assertThat(r.code()).as(r.err()).isZero();
    }

    @Test
    void agentJarsAreShippedToTheExecutors() throws Exception {
        Path jar = org.detente.testing.AgentJar.stubborn(dir.resolve("jar"));
        Path cfg = dir.resolve("jar.yaml");
        Files.writeString(cfg, Files.readString(config).replace("[boulware, random, improviser]", "[boulware, stubborn]"));
        Path plain = dir.resolve("jar-local");
        Path spark = dir.resolve("jar-spark");
        Run l = detente("tournament", cfg.toString(), "--out", plain.toString(), "--no-progress", "--agent-jar", jar.toString());
        assertThat(l.code()).as(l.err()).isZero();
        Run r = detente("tournament", cfg.toString(), "--out", spark.toString(), "--no-progress", "--engine", "spark",
                "--master", "local[2]", "--agent-jar", jar.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(SameResults.lines(spark.resolve("sessions.csv"))).isEqualTo(SameResults.lines(plain.resolve("sessions.csv")))
                .anyMatch(row -> row.contains("stubborn"));
    }

    @Test
    void aForfeitedAgentSpinningOnAnExecutorIsReportedAsLocally() throws Exception {
        Path cfg = dir.resolve("spins.yaml");
        Files.writeString(cfg, Files.readString(config).replace("[boulware, random, improviser]", "[boulware, test-busy]")
                .replace("repetitions: 2", "repetitions: 1\nactionLimit: 150ms"));
        Path out = dir.resolve("spins");
        Run r = detente("tournament", cfg.toString(), "--out", out.toString(), "--no-progress", "--engine", "spark",
                "--master", "local[2]");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("detente: warning: agent 'test-busy' of session ")
                .contains("ignored the interrupt after its forfeit and still runs, using");
        assertThat(r.out()).containsPattern("\\d+ forfeited agents? still running \\(ignored the interrupt\\)");
        Thread.sleep(FaultyAgents.Busy.BUSY_MILLIS); // let the spinning threads end before the next test
    }

    @Test
    void sameFilesAsTheLocalEngineRowForRowAndAParquetTable() throws Exception {
        Path out = dir.resolve("spark");
        Run r = detente("tournament", config.toString(), "--out", out.toString(), "--engine", "spark",
                "--master", "local[2]");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("36/36 sessions");
        assertThat(r.out()).contains("36 of 36 sessions").contains("(engine spark)").contains("boulware");
        SameResults.assertSameAs(local, out);

        var table = TestSpark.session().read().parquet(out.resolve("sessions.parquet").toString());
        assertThat(table.count()).isEqualTo(36);
        List<Row> rows = table.orderBy("session").collectAsList();
        assertThat(rows.stream().map(x -> x.<String>getAs("session")).collect(Collectors.toSet())).hasSize(36);
        // a Parquet row holds the JSON line's values, exactly
        var first = new tools.jackson.databind.ObjectMapper().readTree(Files.readAllLines(local.resolve("sessions.jsonl"))
                .stream().sorted().findFirst().orElseThrow());
        Row row = rows.stream().filter(x -> x.getAs("session").equals(first.get("session").asString())).findFirst().orElseThrow();
        assertThat(row.<Long>getAs("seed")).isEqualTo(first.get("seed").asLong());
        assertThat(row.<Boolean>getAs("agreement")).isEqualTo(first.get("agreement").asBoolean());
        assertThat(row.getList(row.fieldIndex("utilities")).get(0)).isEqualTo(first.get("utilities").get(0).asDouble());
        assertThat(row.<String>getAs("endedBy")).isEqualTo(first.get("endedBy").asString());
    }

    @Test
    void aRerunSkipsWhatIsInTheOutputAndEndsWithTheSameResults() throws Exception {
        Path out = dir.resolve("resumed");
        Run part = detente("tournament", config.toString(), "--out", out.toString(), "--engine", "spark",
                "--max-sessions", "13", "--no-progress");
        assertThat(part.code()).as(part.err()).isZero();
        assertThat(Files.readAllLines(out.resolve("sessions.jsonl"))).hasSize(13);
        // the rest, on the other engine: results do not depend on where a session ran
        Run rest = detente("tournament", config.toString(), "--out", out.toString(), "--engine", "spark", "--no-progress");
        assertThat(rest.code()).as(rest.err()).isZero();
        assertThat(rest.err()).contains("resuming: 13 of 36 sessions already finished");
        SameResults.assertSameAs(local, out);
        var ids = TestSpark.session().read().parquet(out.resolve("sessions.parquet").toString())
                .select("session").collectAsList();
        assertThat(ids).hasSize(36);
        assertThat(new HashSet<>(ids)).hasSize(36);

        Run again = detente("tournament", config.toString(), "--out", out.toString(), "--engine", "spark", "--no-progress");
        assertThat(again.err()).contains("resuming: 36 of 36");
        assertThat(Files.readAllLines(out.resolve("sessions.jsonl"))).hasSize(36);
    }

    @Test
    void aSingleTextTournamentGivesTheLocalEnginesFilesRowForRow() throws Exception {
        Path cfg = dir.resolve("mediated.yaml");
        Files.writeString(cfg, Files.readString(config).replace("[boulware, random, improviser]", "[truthful, strategic]")
                + "protocol: single-text\nmediators: [hill-climber, nash-seeker]\n");
        Path plain = dir.resolve("mediated-local");
        Path spark = dir.resolve("mediated-spark");
        Run l = detente("tournament", cfg.toString(), "--out", plain.toString(), "--no-progress");
        assertThat(l.code()).as(l.err()).isZero();
        Run r = detente("tournament", cfg.toString(), "--out", spark.toString(), "--no-progress", "--engine", "spark",
                "--master", "local[2]");
        assertThat(r.code()).as(r.err()).isZero();
        for (String f : List.of("sessions.jsonl", "sessions.csv")) {
            assertThat(SameResults.lines(spark.resolve(f))).as(f).hasSize(2 * 4 * 2 * 2 + (f.endsWith("csv") ? 1 : 0))
                    .isEqualTo(SameResults.lines(plain.resolve(f)));
        }
        for (String f : List.of("summary.csv", "mediators.csv")) {
            assertThat(Files.readAllLines(spark.resolve(f))).as(f).isEqualTo(Files.readAllLines(plain.resolve(f)));
        }
        assertThat(SameResults.lines(spark.resolve("sessions.jsonl"))).allMatch(x -> x.contains("\"mediator\":\""));
        var table = TestSpark.session().read().parquet(spark.resolve("sessions.parquet").toString());
        assertThat(table.select("mediator").distinct().collectAsList()).hasSize(2);
    }

    @Test
    void aRunBegunOnTheLocalEngineFinishesOnSpark() throws Exception {
        Path out = dir.resolve("mixed");
        assertThat(detente("tournament", config.toString(), "--out", out.toString(), "--max-sessions", "20",
                "--no-progress").code()).isZero();
        assertThat(detente("tournament", config.toString(), "--out", out.toString(), "--engine", "spark",
                "--no-progress").code()).isZero();
        SameResults.assertSameAs(local, out);
    }
}
