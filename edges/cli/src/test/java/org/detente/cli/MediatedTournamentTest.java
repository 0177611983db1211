package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

import org.detente.testing.CsvLine;
import org.detente.testing.Repository;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code protocol: single-text} tournaments: the same record plus {@code mediator}, the same
 * determinism and resume as alternating offers, and alternating-offers files as they were.
 */
@Tag("slow")
class MediatedTournamentTest {
    private static Path config(Path dir, String extra) throws Exception {
        Path arms = Repository.path("examples/arms-control.yaml");
        Path cfg = dir.resolve("t.yaml");
        Files.writeString(cfg, String.join("\n", "seed: 5", "rounds: 60", "repetitions: 2",
                "agents: [truthful, strategic]", "scenarios:", "  - case: " + arms, extra, ""));
        return cfg;
    }

    private static Path mediated(Path dir) throws Exception {
        return config(dir, "protocol: single-text\nmediators: [hill-climber, feedback, nash-seeker]");
    }

    private static TreeSet<String> lines(Path file) throws Exception {
        return new TreeSet<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    @Test
    void everyMediatorRunsEveryAssignmentAndEachRecordNamesItsMediator(@TempDir Path dir) throws Exception {
        Cli r = Cli.run("tournament", mediated(dir).toString(), "--out", dir.resolve("out").toString(), "--no-progress");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> jsonl = Files.readAllLines(dir.resolve("out/sessions.jsonl"));
        assertThat(jsonl).hasSize(3 * 4 * 2).allMatch(l -> l.matches(".*,\"mediator\":\"[a-z-]+\"}"));
        List<String> csv = Files.readAllLines(dir.resolve("out/sessions.csv"));
        assertThat(csv.get(0)).startsWith("session,scenario,repetition,mediator,agent_1,agent_2,agreement,");
        List<String> header = CsvLine.parse(csv.get(0));
        for (String line : csv.subList(1, csv.size())) {
            List<String> row = CsvLine.parse(line);
            assertThat(row.get(0)).isEqualTo("arms-control/" + row.get(header.indexOf("mediator")) + "/"
                    + row.get(header.indexOf("agent_1")) + "+" + row.get(header.indexOf("agent_2")) + "/"
                    + row.get(header.indexOf("repetition")));
        }
        assertThat(Files.readAllLines(dir.resolve("out/summary.csv"))).hasSize(3).element(1).asString()
                .startsWith("truthful,24,");
        List<String> mediators = Files.readAllLines(dir.resolve("out/mediators.csv"));
        assertThat(mediators).hasSize(4);
        assertThat(mediators.get(0)).startsWith("mediator,sessions,agreementRate");
        assertThat(mediators.get(3)).startsWith("nash-seeker,8,");
        assertThat(r.out()).contains("24 of 24 sessions").contains("per mediator in mediators.csv")
                .containsPattern("nash-seeker +8 ");
    }

    @Test
    void sameResultsOnOneOrManyThreadsAndAnInterruptedRunRerunsOnlyWhatIsMissing(@TempDir Path dir) throws Exception {
        Path cfg = mediated(dir);
        Path whole = dir.resolve("whole");
        assertThat(Cli.run("tournament", cfg.toString(), "--out", whole.toString(), "--threads", "1").code()).isZero();
        Path part = dir.resolve("part");
        assertThat(Cli.run("tournament", cfg.toString(), "--out", part.toString(), "--threads", "2",
                "--max-sessions", "7").code()).isZero();
        assertThat(Files.readAllLines(part.resolve("sessions.jsonl"))).hasSize(7);
        Cli rest = Cli.run("tournament", cfg.toString(), "--out", part.toString(), "--threads", "2");
        assertThat(rest.code()).as(rest.err()).isZero();
        assertThat(rest.err()).contains("resuming: 7 of 24 sessions already finished");
        for (String f : List.of("sessions.jsonl", "sessions.csv")) {
            assertThat(lines(part.resolve(f))).as(f).isEqualTo(lines(whole.resolve(f)));
        }
        for (String f : List.of("summary.csv", "mediators.csv")) {
            assertThat(Files.readAllLines(part.resolve(f))).as(f).isEqualTo(Files.readAllLines(whole.resolve(f)));
        }
        List<String> before = Files.readAllLines(part.resolve("sessions.jsonl"));
        Cli again = Cli.run("tournament", cfg.toString(), "--out", part.toString());
        assertThat(again.err()).contains("resuming: 24 of 24");
        assertThat(Files.readAllLines(part.resolve("sessions.jsonl"))).isEqualTo(before);
        // other mediators make another tournament
        Cli other = Cli.run("tournament", config(dir, "protocol: single-text\nmediators: [hill-climber]").toString(),
                "--out", part.toString());
        assertThat(other.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(other.err()).contains("different tournament");
    }

    @Test
    void anAlternatingOffersTournamentKeepsItsFilesAsTheyWere(@TempDir Path dir) throws Exception {
        Path arms = Repository.path("examples/arms-control.yaml");
        Path cfg = dir.resolve("a.yaml");
        Files.writeString(cfg, String.join("\n", "seed: 5", "rounds: 30", "agents: [boulware, linear]",
                "protocol: alternating-offers", "scenarios:", "  - case: " + arms, ""));
        Cli r = Cli.run("tournament", cfg.toString(), "--out", dir.resolve("out").toString(), "--no-progress");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(dir.resolve("out/sessions.jsonl"))).doesNotContain("mediator");
        assertThat(Files.readAllLines(dir.resolve("out/sessions.csv")).get(0))
                .startsWith("session,scenario,repetition,agent_1,agent_2,agreement,");
        assertThat(dir.resolve("out/mediators.csv")).doesNotExist();
        assertThat(Files.readString(dir.resolve("out/plan.txt"))).doesNotContain("protocol").doesNotContain("mediator");
        assertThat(r.out()).doesNotContain("mediator");
    }

    @Test
    void badSingleTextConfigsAreLocated(@TempDir Path dir) throws Exception {
        String out = dir.resolve("o").toString();
        Cli unknown = Cli.run("tournament", config(dir, "protocol: single-text\nmediators: [hill-climber, oracle]")
                .toString(), "--out", out);
        assertThat(unknown.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(unknown.err()).contains("t.yaml:8").contains("unknown mediator 'oracle'; known mediators: "
                + "hill-climber, annealer, feedback, nash-seeker");
        assertThat(unknown.err().lines()).hasSize(1);
        Cli none = Cli.run("tournament", config(dir, "protocol: single-text").toString(), "--out", out);
        assertThat(none.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(none.err()).contains("mediators").contains("must be a non-empty list");
        Cli stray = Cli.run("tournament", config(dir, "mediators: [feedback]").toString(), "--out", out);
        assertThat(stray.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(stray.err()).contains("mediators need 'protocol: single-text'");
        Cli protocol = Cli.run("tournament", config(dir, "protocol: shuttle").toString(), "--out", out);
        assertThat(protocol.err()).contains("unknown protocol 'shuttle'; known protocols: alternating-offers, single-text");
        Path cfg = mediated(dir);
        Files.writeString(cfg, Files.readString(cfg).replace("[truthful, strategic]", "[truthful, boulware]"));
        Cli agent = Cli.run("tournament", cfg.toString(), "--out", out);
        assertThat(agent.code()).isEqualTo(ExitCode.USAGE);
        assertThat(agent.err()).contains("unknown party strategy 'boulware' for protocol single-text; known strategies:"
                + " truthful, strategic");
        for (String key : List.of("isolation: process", "agentJars: [x.jar]", "external: [{name: x, command: [sh]}]", "sessionLimit: 0",
                "agentMemory: 256")) {
            Cli offers = Cli.run("tournament", config(dir, "protocol: single-text\nmediators: [feedback]\n" + key)
                    .toString(), "--out", out);
            assertThat(offers.code()).as(key).isEqualTo(ExitCode.INVALID_INPUT);
            assertThat(offers.err()).as(key).contains("t.yaml:9").contains("'" + key.substring(0, key.indexOf(':'))
                    + "' applies to agents that make offers");
            assertThat(offers.err().lines()).hasSize(1);
        }
        assertThat(dir.resolve("o")).doesNotExist();
    }

    @Test
    void theBundledExampleParses() throws Exception {
        var cfg = TournamentConfig.read(Repository.path("examples/tournament-single-text.yaml"));
        assertThat(cfg.mediators()).containsExactly("hill-climber", "annealer", "feedback", "nash-seeker");
        assertThat(cfg.agents()).containsExactly("truthful", "strategic");
    }
}
