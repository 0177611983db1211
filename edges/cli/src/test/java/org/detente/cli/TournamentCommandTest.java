package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.TreeSet;

import org.detente.testing.CsvLine;
import org.detente.testing.Repository;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("slow")
class TournamentCommandTest {
    private static Path config(Path dir, String agents) throws Exception {
        Path arms = Repository.path("examples/arms-control.yaml");
        String energy = Cli.data("genius/anac/y2011/Energy");
        Path cfg = dir.resolve("t.yaml");
        Files.writeString(cfg, String.join("\n",
                "seed: 5",
                "rounds: 100",
                "repetitions: 2",
                "agents: [" + agents + "]",
                "scenarios:",
                "  - case: " + arms,
                "  - name: energy",
                "    domain: " + energy + "/energy_domain.xml",
                "    profiles: [" + energy + "/energy_consumer.xml, " + energy + "/energy_distributor.xml]",
                ""));
        return cfg;
    }

    private static TreeSet<String> lines(Path file) throws Exception {
        return new TreeSet<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    @Test
    void runsThePlanAndWritesTheFiles(@TempDir Path dir) throws Exception {
        Cli r = Cli.run("tournament", config(dir, "boulware, random, improviser").toString(), "--out",
                dir.resolve("out").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("36/36 sessions").contains("ETA");
        List<String> csv = Files.readAllLines(dir.resolve("out/sessions.csv"));
        assertThat(csv).hasSize(37);
        assertThat(csv.get(0)).startsWith("session,scenario,repetition,agent_1,agent_2,agreement,endedBy");
        assertThat(Files.readAllLines(dir.resolve("out/sessions.jsonl"))).hasSize(36);
        List<String> summary = Files.readAllLines(dir.resolve("out/summary.csv"));
        assertThat(summary).hasSize(4);
        assertThat(summary.get(1)).startsWith("boulware,24,");
        assertThat(r.out()).contains("36 of 36 sessions");
    }

    @Test
    void sameResultsOnOneOrManyThreads(@TempDir Path dir) throws Exception {
        Path cfg = config(dir, "boulware, random, improviser, strategist");
        assertThat(Cli.run("tournament", cfg.toString(), "--out", dir.resolve("a").toString(), "--threads", "1").code()).isZero();
        assertThat(Cli.run("tournament", cfg.toString(), "--out", dir.resolve("b").toString(), "--threads", "4").code()).isZero();
        assertThat(lines(dir.resolve("a/sessions.jsonl"))).isEqualTo(lines(dir.resolve("b/sessions.jsonl")));
        assertThat(lines(dir.resolve("a/sessions.csv"))).isEqualTo(lines(dir.resolve("b/sessions.csv")));
        assertThat(Files.readAllLines(dir.resolve("a/summary.csv"))).isEqualTo(Files.readAllLines(dir.resolve("b/summary.csv")));
    }

    @Test
    void killAndResume(@TempDir Path dir) throws Exception {
        Path cfg = config(dir, "boulware, random, improviser");
        Path whole = dir.resolve("whole");
        assertThat(Cli.run("tournament", cfg.toString(), "--out", whole.toString()).code()).isZero();

        Path part = dir.resolve("part");
        // a run killed after 13 sessions, in the middle of writing the 13th line
        assertThat(Cli.run("tournament", cfg.toString(), "--out", part.toString(), "--max-sessions", "13").code()).isZero();
        Path jsonl = part.resolve("sessions.jsonl");
        byte[] bytes = Files.readAllBytes(jsonl);
        Files.write(jsonl, java.util.Arrays.copyOf(bytes, bytes.length - 40));
        Path csv = part.resolve("sessions.csv");
        byte[] cb = Files.readAllBytes(csv);
        Files.write(csv, java.util.Arrays.copyOf(cb, cb.length - 7));
        Files.delete(part.resolve("summary.csv"));

        Cli resumed = Cli.run("tournament", cfg.toString(), "--out", part.toString());
        assertThat(resumed.code()).as(resumed.err()).isZero();
        assertThat(resumed.err()).contains("resuming: 12 of 36 sessions already finished");
        assertThat(resumed.err()).contains("sessions.jsonl line 13 is incomplete (the run stopped while writing it);"
                + " its session runs again");
        List<String> all = Files.readAllLines(jsonl);
        assertThat(all).hasSize(36);
        var ids = new HashSet<String>();
        for (String l : all) {
            assertThat(ids.add(l.substring(0, l.indexOf("\",\"scenario")))).isTrue();
        }
        assertThat(lines(jsonl)).isEqualTo(lines(whole.resolve("sessions.jsonl")));
        assertThat(lines(csv)).isEqualTo(lines(whole.resolve("sessions.csv")));
        assertThat(Files.readAllLines(part.resolve("summary.csv"))).isEqualTo(Files.readAllLines(whole.resolve("summary.csv")));

        Cli again = Cli.run("tournament", cfg.toString(), "--out", part.toString());
        assertThat(again.err()).contains("resuming: 36 of 36");
        assertThat(Files.readAllLines(jsonl)).hasSize(36);
    }

    @Test
    void aLineThatCannotBeReadIsReportedAndItsSessionRunAgain(@TempDir Path dir) throws Exception {
        Path cfg = config(dir, "boulware");
        Path out = dir.resolve("out");
        assertThat(Cli.run("tournament", cfg.toString(), "--out", out.toString()).code()).isZero();
        Path jsonl = out.resolve("sessions.jsonl");
        List<String> before = Files.readAllLines(jsonl);
        List<String> damaged = new java.util.ArrayList<>(before);
        damaged.set(1, damaged.get(1).replace("\"agreement\":", "\"agreement\":\"maybe\",\"was\":"));
        Files.write(jsonl, damaged);

        Cli r = Cli.run("tournament", cfg.toString(), "--out", out.toString(), "--no-progress");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("detente: " + jsonl + " line 2 cannot be read ('agreement' must be true or false,"
                + " was \"maybe\"); its session runs again").contains("resuming: 3 of 4 sessions");
        assertThat(lines(jsonl)).isEqualTo(new TreeSet<>(before));
    }

    @Test
    void namesWithACommaAndAQuoteKeepTheirColumns(@TempDir Path dir) throws Exception {
        String odd = OddlyNamedAgent.NAME;
        Path cfg = dir.resolve("odd.yaml");
        Path arms = Repository.path("examples/arms-control.yaml");
        Files.writeString(cfg, String.join("\n", "seed: 5", "rounds: 20", "agents: ['" + odd + "', boulware]",
                "scenarios:", "  - case: " + arms, "    name: 'talks, \"round 2\"'", ""));
        Cli r = Cli.run("tournament", cfg.toString(), "--out", dir.resolve("out").toString(), "--no-progress");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> csv = Files.readAllLines(dir.resolve("out/sessions.csv"));
        List<String> header = List.of(csv.get(0).split(","));
        for (String line : csv.subList(1, csv.size())) {
            List<String> row = CsvLine.parse(line);
            assertThat(row).hasSameSizeAs(header);
            assertThat(row.get(header.indexOf("scenario"))).isEqualTo("talks, \"round 2\"");
            assertThat(row.get(header.indexOf("agent_1"))).isIn(odd, "boulware");
            assertThat(row.get(header.indexOf("endedBy"))).isIn("agreement", "deadline", "walk-away");
        }
        List<String> summary = Files.readAllLines(dir.resolve("out/summary.csv"));
        assertThat(CsvLine.parse(summary.get(1))).hasSize(8).startsWith(odd, "4");
        // the table printed: the name whole, its seats in the next column
        assertThat(r.out()).containsPattern("odd, \"quoted\" +4 ");
    }

    @Test
    void anotherTournamentInTheSameDirectoryIsRefused(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        assertThat(Cli.run("tournament", config(dir, "boulware").toString(), "--out", out.toString()).code()).isZero();
        Cli r = Cli.run("tournament", config(dir, "boulware, random").toString(), "--out", out.toString());
        assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(r.err()).contains("different tournament");
    }

    @Test
    void badConfigsAreLocated(@TempDir Path dir) throws Exception {
        Path cfg = dir.resolve("bad.yaml");
        Files.writeString(cfg, "seed: 1\nrounds: 10\nagents: [boulware, nobody]\nscenarios:\n  - case: x.yaml\n");
        Cli r = Cli.run("tournament", cfg.toString(), "--out", dir.resolve("o").toString());
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("unknown agent 'nobody'").contains("known agents: boulware");
        assertThat(r.err().lines()).as("one line, not the usage").hasSize(1);
        Files.writeString(cfg, "seed: 1\nrounds: 10\ntime: 5s\nagents: [boulware]\nscenarios:\n  - case: x.yaml\n");
        assertThat(Cli.run("tournament", cfg.toString(), "--out", dir.resolve("o").toString()).err())
                .contains("exactly one of 'rounds' and 'time'");
    }

    @Test
    void anEngineThatIsNotBuiltIsExplainedWithItsOwnExitCode(@TempDir Path dir) throws Exception {
        String before = System.getProperty("detente.spark.home");
        System.setProperty("detente.spark.home", dir.resolve("nothing-built-here").toString());
        try {
            Cli r = Cli.run("tournament", config(dir, "boulware").toString(), "--out", dir.resolve("o").toString(),
                    "--engine", "spark");
            assertThat(r.code()).isEqualTo(ExitCode.UNAVAILABLE);
            assertThat(r.err()).contains("spark engine").contains("./mvnw -B -pl edges/spark -am package -DskipTests")
                    .doesNotContain("Exception");
            assertThat(dir.resolve("o")).doesNotExist();
        } finally {
            if (before == null) {
                System.clearProperty("detente.spark.home");
            } else {
                System.setProperty("detente.spark.home", before);
            }
        }
    }

    @Test
    void engineOptionsAreChecked(@TempDir Path dir) throws Exception {
        String cfg = config(dir, "boulware").toString();
        Cli unknown = Cli.run("tournament", cfg, "--out", dir.resolve("o").toString(), "--engine", "flink");
        assertThat(unknown.code()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).contains("unknown engine 'flink'; engines: local, spark");
        Cli master = Cli.run("tournament", cfg, "--out", dir.resolve("o").toString(), "--master", "local[2]");
        assertThat(master.code()).isEqualTo(ExitCode.USAGE);
        assertThat(master.err()).contains("--master needs --engine spark");
    }

    @Test
    void theBundledExampleParses() throws Exception {
        var cfg = TournamentConfig.read(Repository.path("examples/tournament.yaml"));
        assertThat(cfg.agents()).containsExactly("boulware", "conceder", "linear", "tit-for-tat", "hardheaded", "atlas3");
        assertThat(cfg.scenarios()).hasSize(2);
        assertThat(cfg.repetitions()).isEqualTo(3);
    }

    @Test
    void aTimeDeadlineIsCappedAtTheRoundsWhoseHistoriesFitAndRoundsAreLeftAlone() {
        var time = new org.detente.rehearsal.Deadline.Time(java.time.Duration.ofMinutes(10),
                org.detente.rehearsal.Clock.SYSTEM);
        long fits = Runtime.getRuntime().maxMemory() / 2 / 2 / 3 / 3 / org.detente.rehearsal.Deadline.HISTORY_BYTES_PER_OFFER;
        var capped = (org.detente.rehearsal.Deadline.Time) TournamentCommand.checkMemory(time, 3, 2);
        assertThat(capped.duration()).isEqualTo(time.duration());
        assertThat((long) capped.maxRounds()).isEqualTo(Math.min(Integer.MAX_VALUE, fits));
        var rounds = new org.detente.rehearsal.Deadline.Rounds(200);
        assertThat(TournamentCommand.checkMemory(rounds, 3, 2)).isSameAs(rounds);
    }

}
