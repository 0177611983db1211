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

class AnalyzeCommandTest {
    private static final String ITEX = "genius/anac/y2010/ItexvsCypress/";

    private static String[] itex(String... extra) {
        String[] files = {Cli.data(ITEX + "ItexvsCypress_domain.xml"), Cli.data(ITEX + "ItexvsCypress_Itex.xml"),
            Cli.data(ITEX + "ItexvsCypress_Cypress.xml")};
        String[] args = new String[1 + files.length + extra.length];
        args[0] = "analyze";
        System.arraycopy(files, 0, args, 1, files.length);
        System.arraycopy(extra, 0, args, 1 + files.length, extra.length);
        return args;
    }

    @Test
    void printsReadableTablesForGeniusFiles() {
        Cli r = Cli.run(itex());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Outcomes: 180", "Pareto frontier: 18 points", "Nash", "0.7215", "0.6705",
                "Opposition: 0.4315", "Trade-offs");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void jsonFollowsTheContract() {
        Cli r = Cli.run(itex("--json"));
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = JsonMapper.builder().build().readTree(r.out());
        assertThat(j.get("outcomes").asLong()).isEqualTo(180);
        assertThat(j.get("parties").get(0).asString()).isEqualTo("ItexvsCypress_Itex");
        assertThat(j.get("reservation")).hasSize(2);
        assertThat(j.get("paretoFrontier")).hasSize(18);
        JsonNode first = j.get("paretoFrontier").get(0);
        assertThat(first.get("outcome").properties()).hasSize(4);
        assertThat(first.get("utilities")).hasSize(2);
        double previous = Double.POSITIVE_INFINITY;
        for (JsonNode p : j.get("paretoFrontier")) {
            assertThat(p.get("utilities").get(0).asDouble()).isLessThan(previous);
            previous = p.get("utilities").get(0).asDouble();
        }
        for (String key : new String[] {"nash", "kalaiSmorodinsky", "egalitarian", "maxWelfare"}) {
            assertThat(j.get(key).get("utilities")).as(key).hasSize(2);
        }
        assertThat(j.get("nash").get("utilities").get(0).asDouble()).isCloseTo(0.7215, within(5e-5));
        assertThat(j.get("opposition").asDouble()).isCloseTo(0.4315, within(5e-5));
    }

    @Test
    void aDealShowsTheValueLeftOnTheTable() {
        Cli r = Cli.run(itex("--json", "--deal", "Price=$3.98", "--deal", "Delivery=60 days",
                "--deal", "Payment=Upon delivery", "--deal", "Returns=Full price"));
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = JsonMapper.builder().build().readTree(r.out());
        JsonNode v = j.get("valueLeft");
        double[] u = {v.get("outcome").get("utilities").get(0).asDouble(), v.get("outcome").get("utilities").get(1).asDouble()};
        for (JsonNode better : v.get("improvements")) {
            assertThat(better.get("utilities").get(0).asDouble()).isGreaterThan(u[0]);
            assertThat(better.get("utilities").get(1).asDouble()).isGreaterThan(u[1]);
        }
        assertThat(v.get("onFrontier").asBoolean()).isFalse();
        assertThat(v.get("improvements")).hasSize(8);
        assertThat(v.get("distanceToFrontier").asDouble()).isCloseTo(0.2108, within(5e-5));
        Cli nash = Cli.run(itex("--json", "--deal", "Price=$3.47", "--deal", "Delivery=45 days",
                "--deal", "Payment=30 days after delivery", "--deal", "Returns=5% spoilage allowed"));
        JsonNode onFrontier = JsonMapper.builder().build().readTree(nash.out()).get("valueLeft");
        assertThat(onFrontier.get("onFrontier").asBoolean()).isTrue();
        assertThat(onFrontier.get("improvements")).isEmpty();

        Cli bad = Cli.run(itex("--deal", "Price=$9.99", "--deal", "Delivery=45 days",
                "--deal", "Payment=Upon delivery", "--deal", "Returns=Full price"));
        assertThat(bad.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(bad.err()).contains("Price", "$9.99");
    }

    @Test
    void usageErrorsExitWith2() {
        Cli two = Cli.run("analyze", Cli.data(ITEX + "ItexvsCypress_domain.xml"), Cli.data(ITEX + "ItexvsCypress_Itex.xml"));
        assertThat(two.code()).isEqualTo(ExitCode.USAGE);
        assertThat(two.err()).contains("two files given");
        assertThat(Cli.run("analyze", "--no-such-option", "x.yaml").code()).isEqualTo(ExitCode.USAGE);
        assertThat(Cli.run("analyze").code()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void aMissingFileIsInvalidInput(@TempDir Path dir) {
        Path missing = dir.resolve("nope.yaml");
        Cli r = Cli.run("analyze", missing.toString());
        assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(r.err()).contains(missing.toString(), "no such file").doesNotContain("Exception", "\tat ");
    }

    @Test
    void malformedXmlNamesFileAndLine(@TempDir Path dir) throws Exception {
        Path domain = dir.resolve("domain.xml");
        Files.writeString(domain, "<negotiation_template>\n<utility_space>\n<objective name=\"x\">\n</utility_space>\n");
        Cli r = Cli.run("analyze", domain.toString(), Cli.data(ITEX + "ItexvsCypress_Itex.xml"),
                Cli.data(ITEX + "ItexvsCypress_Cypress.xml"));
        assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(r.err()).contains("domain.xml:4").doesNotContain("\tat ");
    }

    @Test
    void anExternalEntityIsRefusedAndNotRead(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        Path domain = dir.resolve("evil.xml");
        Files.writeString(domain, "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"" + secret.toUri()
                + "\">]>\n<negotiation_template><utility_space><objective name=\"&e;\"/></utility_space></negotiation_template>\n");
        Cli r = Cli.run("analyze", domain.toString(), Cli.data(ITEX + "ItexvsCypress_Itex.xml"),
                Cli.data(ITEX + "ItexvsCypress_Cypress.xml"));
        assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(r.err()).contains("evil.xml").containsIgnoringCase("DOCTYPE");
        assertThat(r.out() + r.err()).doesNotContain("TOP-SECRET-CONTENT");
    }

    @Test
    void aSearchBeyondItsBudgetIsRefusedNotTruncated() {
        String base = "genius/anac/y2014/10issues/";
        Cli r = Cli.run("analyze", Cli.data(base + "10issues-domain.xml"), Cli.data(base + "profile-1.xml"),
                Cli.data(base + "profile-2.xml"), "--max-search-nodes", "1000");
        assertThat(r.code()).isEqualTo(ExitCode.LIMIT);
        assertThat(r.err()).contains("visited more than 1000 nodes", "--max-search-nodes");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void nonAdditiveSpacesBeyondTheLimitAreSearchedExactly() {
        String base = "genius/anac/y2014/10issues/";
        Cli r = Cli.run("analyze", Cli.data(base + "10issues-domain.xml"), Cli.data(base + "profile-1.xml"),
                Cli.data(base + "profile-2.xml"), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = JsonMapper.builder().build().readTree(r.out());
        assertThat(j.get("outcomes").asLong()).isEqualTo(10_000_000_000L);
        assertThat(j.get("paretoFrontier")).hasSize(10);
        assertThat(j.get("zopa").get("size").isNull()).isTrue();
        assertThat(j.get("zopa").get("method").asString()).startsWith("not computed");
    }

    @Test
    void additiveSpacesBeyondTheLimitAreStillExact() {
        String base = "genius/anac/y2011/Energy/";
        Cli r = Cli.run("analyze", Cli.data(base + "energy_domain.xml"), Cli.data(base + "energy_consumer.xml"),
                Cli.data(base + "energy_distributor.xml"), "--max-outcomes", "1000", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = JsonMapper.builder().build().readTree(r.out());
        assertThat(j.get("paretoFrontier")).hasSize(204);
        assertThat(j.get("frontierMethod").asString()).contains("additive");
    }

    @Test
    void fromStartsTheDealFromANamedDeal() throws Exception {
        String example = Repository.path("examples/arms-control.yaml").toString();
        Cli r = Cli.run("analyze", example, "--from", "status quo ante", "--deal", "inspections=10", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = JsonMapper.builder().build().readTree(r.out());
        JsonNode outcome = j.get("valueLeft").get("outcome").get("outcome");
        assertThat(outcome.get("inspections").asString()).isEqualTo("10");
        assertThat(outcome.get("warheadCeiling").asString()).isEqualTo("1550");
        assertThat(outcome.get("crisisChannel").asString()).isEqualTo("hotline-and-risk-reduction-centers");
        Cli bad = Cli.run("analyze", example, "--from", "no such deal");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--from names no deal of the case: 'no such deal'", "'status quo ante'");
    }

    /** Help texts are written to fit 80 columns, so that picocli never breaks an example mid-line. */
    @Test
    void everyCommandsHelpTextIsWrittenWithin80Columns() {
        var root = Main.commandLine();
        var specs = new java.util.ArrayList<picocli.CommandLine.Model.CommandSpec>();
        specs.add(root.getCommandSpec());
        root.getSubcommands().values().forEach(sub -> specs.add(sub.getCommandSpec()));
        var tooLong = new java.util.ArrayList<String>();
        for (var spec : specs) {
            var usage = spec.usageMessage();
            for (String[] lines : java.util.List.of(usage.description(), usage.footer(), usage.header())) {
                for (String line : lines) {
                    if (line.length() > 78) {
                        tooLong.add(spec.name() + ": " + line);
                    }
                }
            }
        }
        assertThat(tooLong).isEmpty();
    }

    @Test
    void helpTeaches() {
        Cli r = Cli.run("help", "analyze");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("GENIUS", "GeniusWeb", "--json", "--deal", "Exit codes");
    }
}
