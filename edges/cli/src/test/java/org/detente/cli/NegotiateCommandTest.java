package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.detente.testing.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class NegotiateCommandTest {
    private static final String CASE = Repository.path("examples/arms-control.yaml").toString();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void jsonHasTheContractKeys() {
        Cli r = Cli.run("negotiate", CASE, "--agents", "boulware,conceder", "--rounds", "200", "--seed", "1", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = JSON.readTree(r.out());
        for (String key : new String[] {"agreement", "outcome", "utilities", "rounds", "offers", "endedBy",
            "paretoDistance", "nashDistance"}) {
            assertThat(j.has(key)).as(key).isTrue();
        }
        assertThat(j.get("agreement").asBoolean()).isTrue();
        assertThat(j.get("endedBy").asString()).isEqualTo("agreement");
        assertThat(j.get("outcome").get("inspections")).isNotNull();
        assertThat(j.get("utilities").size()).isEqualTo(2);
        assertThat(j.get("paretoDistance").asDouble()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void sameSeedSameSession() {
        String[] args = {"negotiate", CASE, "--agents", "random,improviser", "--rounds", "100", "--seed", "3", "--json"};
        assertThat(Cli.run(args).out()).isEqualTo(Cli.run(args).out());
    }

    @Test
    void tableAndTrace(@TempDir Path dir) throws Exception {
        Path trace = dir.resolve("t.jsonl");
        Cli r = Cli.run("negotiate", CASE, "--agents", "strategist,improviser", "--rounds", "100", "--seed", "1",
                "--trace", trace.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("strategist (United States) vs improviser (Russia)").contains("utilities:");
        var lines = Files.readAllLines(trace);
        assertThat(lines).isNotEmpty();
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.get("utilities").size()).isEqualTo(2);
        assertThat(first.get("party").asString()).isEqualTo("United States");
    }

    @Test
    void theTableShowsAsManyOffersAsAskedEvenNone() {
        for (int show : new int[] {0, 1, 2, 5}) {
            Cli r = Cli.run("negotiate", CASE, "--agents", "boulware,conceder", "--rounds", "30", "--show",
                    Integer.toString(show));
            assertThat(r.code()).as("--show %d: %s", show, r.err()).isZero();
            long rows = r.out().lines().filter(l -> l.matches("\\s+\\d+\\s+(United States|Russia)\\s.*")).count();
            assertThat(rows).as("--show %d", show).isEqualTo(show);
            assertThat(r.out()).contains(" more");
        }
    }

    @Test
    void geniusScenarioAndTimeDeadline() {
        String dir = Cli.data("genius/anac/y2011/Energy");
        Cli r = Cli.run("negotiate", dir + "/energy_domain.xml", dir + "/energy_consumer.xml",
                dir + "/energy_distributor.xml", "--agents", "boulware,boulware", "--time", "200ms", "--seed", "1", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(JSON.readTree(r.out()).get("offers").asInt()).isPositive();
    }

    @Test
    void usageErrors() {
        Cli unknown = Cli.run("negotiate", CASE, "--agents", "boulwar,conceder", "--rounds", "10", "--seed", "1");
        assertThat(unknown.code()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).contains("unknown agent 'boulwar'").contains("boulware, linear");
        assertThat(unknown.err().lines()).as("one line, not the usage").hasSize(1);
        Cli both = Cli.run("negotiate", CASE, "--agents", "boulware,conceder", "--rounds", "10", "--time", "1s", "--seed", "1");
        assertThat(both.code()).isEqualTo(ExitCode.USAGE);
        Cli count = Cli.run("negotiate", CASE, "--agents", "boulware", "--rounds", "10", "--seed", "1");
        assertThat(count.code()).isEqualTo(ExitCode.USAGE);
        assertThat(count.err()).contains("2 parties");
    }

    @Test
    void withAnActionLimitTheSameSession() {
        String[] base = {"negotiate", CASE, "--agents", "strategist,improviser", "--rounds", "100", "--seed", "3", "--json"};
        String[] limited = java.util.Arrays.copyOf(base, base.length + 2);
        limited[base.length] = "--action-limit";
        limited[base.length + 1] = "1000";
        Cli a = Cli.run(base);
        Cli b = Cli.run(limited);
        assertThat(b.code()).as(b.err()).isZero();
        assertThat(b.out()).isEqualTo(a.out());
    }

    @Test
    void singleText(@TempDir Path dir) throws Exception {
        String[] args = {"negotiate", CASE, "--protocol", "single-text", "--mediator", "nash-seeker", "--agents",
            "truthful,strategic", "--rounds", "200", "--seed", "1", "--json"};
        Cli r = Cli.run(args);
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = JSON.readTree(r.out());
        assertThat(j.get("mediator").asString()).isEqualTo("nash-seeker");
        assertThat(j.get("agents").get(1).asString()).isEqualTo("strategic");
        assertThat(j.get("rounds").asInt()).isEqualTo(j.get("offers").asInt()).isBetween(1, 200);
        assertThat(Cli.run(args).out()).isEqualTo(r.out());
        assertThat(JSON.readTree(Cli.run("negotiate", CASE, "--agents", "boulware,conceder", "--rounds", "20", "--seed",
                "1", "--json").out()).get("mediator").isNull()).isTrue();

        Path trace = dir.resolve("t.jsonl");
        Cli table = Cli.run("negotiate", CASE, "--protocol", "single-text", "--mediator", "hill-climber", "--agents",
                "truthful,truthful", "--rounds", "50", "--seed", "2", "--trace", trace.toString());
        assertThat(table.code()).as(table.err()).isZero();
        assertThat(table.out()).contains("truthful (United States) vs truthful (Russia) · mediator hill-climber")
                .contains("mediator").contains("utilities:");
        JsonNode first = JSON.readTree(Files.readAllLines(trace).get(0));
        assertThat(first.get("party").asString()).isEqualTo("mediator");
        assertThat(first.get("agent").asString()).isEqualTo("hill-climber");
    }

    @Test
    void singleTextUsageErrors() {
        Cli unknown = Cli.run("negotiate", CASE, "--protocol", "single-text", "--mediator", "oracle", "--agents",
                "truthful,truthful", "--rounds", "10", "--seed", "1");
        assertThat(unknown.code()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err().lines().filter(l -> l.contains("oracle")).toList()).singleElement().isEqualTo(
                "detente: unknown mediator 'oracle'; known mediators: hill-climber, annealer, feedback, nash-seeker");
        Cli strategy = Cli.run("negotiate", CASE, "--protocol", "single-text", "--mediator", "feedback", "--agents",
                "truthful,boulware", "--rounds", "10", "--seed", "1");
        assertThat(strategy.code()).isEqualTo(ExitCode.USAGE);
        assertThat(strategy.err()).contains("unknown party strategy 'boulware'; known strategies: truthful, strategic");
        Cli noProtocol = Cli.run("negotiate", CASE, "--mediator", "feedback", "--agents", "boulware,conceder",
                "--rounds", "10", "--seed", "1");
        assertThat(noProtocol.code()).isEqualTo(ExitCode.USAGE);
        assertThat(noProtocol.err()).contains("--mediator needs --protocol single-text");
        Cli noMediator = Cli.run("negotiate", CASE, "--protocol", "single-text", "--agents", "truthful,truthful",
                "--rounds", "10", "--seed", "1");
        assertThat(noMediator.code()).isEqualTo(ExitCode.USAGE);
        Cli protocol = Cli.run("negotiate", CASE, "--protocol", "auction", "--agents", "boulware,conceder",
                "--rounds", "10", "--seed", "1");
        assertThat(protocol.err()).contains("unknown protocol 'auction'; known protocols: alternating-offers, single-text");
    }
}
