package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.detente.testing.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every message that advises a fix names one that exists, and no message names a Java class. */
class FixAdviceTest {
    private static final String CASE = Repository.path("examples/apartment-lease.yaml").toString();

    /** A GENIUS scenario with one continuous real issue. */
    private static Path[] realScenario(Path dir) throws Exception {
        Path domain = Files.writeString(dir.resolve("d.xml"), """
                <negotiation_template><utility_space><objective index="0" name="R">
                <issue index="1" name="price" type="real"><range lowerbound="0" upperbound="10"/></issue>
                <issue index="2" name="color" type="discrete"><item index="1" value="red"/><item index="2" value="blue"/></issue>
                </objective></utility_space></negotiation_template>
                """);
        Path a = Files.writeString(dir.resolve("a.xml"), profile("0", "0.1"));
        Path b = Files.writeString(dir.resolve("b.xml"), profile("1", "-0.1"));
        return new Path[] {domain, a, b};
    }

    private static String profile(String offset, String slope) {
        return """
                <utility_space><objective index="0" name="R">
                <issue index="1" name="price" type="real"><range lowerbound="0" upperbound="10"/>
                <evaluator ftype="linear" parameter0="%s" parameter1="%s"/></issue>
                <issue index="2" name="color" type="discrete"><item index="1" value="red" evaluation="1"/>
                <item index="2" value="blue" evaluation="0.5"/></issue>
                <weight index="1" value="0.6"/><weight index="2" value="0.4"/>
                </objective></utility_space>
                """.formatted(offset, slope);
    }

    @Test
    void aGeniusRealIssueNamesRealIntervals(@TempDir Path dir) throws Exception {
        Path[] s = realScenario(dir);
        for (String command : new String[] {"analyze", "negotiate", "prepare"}) {
            Cli r = Cli.run(command, s[0].toString(), s[1].toString(), s[2].toString(), "--agents", "boulware,linear",
                    "--rounds", "10");
            if (!command.equals("negotiate")) {
                r = Cli.run(command, s[0].toString(), s[1].toString(), s[2].toString());
            }
            assertThat(r.code()).as(command).isEqualTo(ExitCode.INVALID_INPUT);
            assertThat(r.err()).as(command).contains(s[0].toString()).contains("issue 'price'")
                    .contains("--real-intervals N").doesNotContain("java.");
        }
        Cli fixed = Cli.run("analyze", s[0].toString(), s[1].toString(), s[2].toString(), "--real-intervals", "10");
        assertThat(fixed.code()).as(fixed.err()).isZero();
        assertThat(fixed.out()).contains("Outcomes: 22");
    }

    @Test
    void aContinuousIssueInACaseFileAsksForAStepWithoutJavaNames(@TempDir Path dir) throws Exception {
        Path[] s = realScenario(dir);
        Path yaml = dir.resolve("c.yaml");
        assertThat(Cli.run("convert", s[0].toString(), s[1].toString(), s[2].toString(), "--to", "native",
                "--out", yaml.toString()).code()).isZero();
        Cli r = Cli.run("negotiate", yaml.toString(), "--agents", "strategist,improviser", "--rounds", "10", "--seed", "1");
        assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(r.err()).contains("issue 'price'").contains("step").doesNotContain("java.")
                .doesNotContain("--real-intervals");
    }

    @Test
    void negotiateWithoutASeedUsesTheDefaultAndSaysSo() {
        Cli seeded = Cli.run("negotiate", CASE, "--agents", "boulware,conceder", "--rounds", "50", "--seed", "1", "--json");
        Cli r = Cli.run("negotiate", CASE, "--agents", "boulware,conceder", "--rounds", "50", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(seeded.out());
        assertThat(r.err().strip()).isEqualTo("detente: seed 1 (the default; --seed K for another session)");
        assertThat(seeded.err()).isEmpty();
    }

    @Test
    void aUsageErrorIsShortAndSaysWhereTheOptionsAre() {
        Cli r = Cli.run("negotiate", CASE, "--seed", "1");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err().lines()).hasSizeLessThanOrEqualTo(3);
        assertThat(r.err()).contains("--agents").contains("detente help negotiate").doesNotContain("Usage:");
    }

    @Test
    void maxOutcomesBeyondAnArrayIsAUsageErrorNamingTheLargest() {
        Cli r = Cli.run("analyze", CASE, "--max-outcomes", "10000000000");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("--max-outcomes must be in [1, 2147483639], was 10000000000");
    }

    @Test
    void aSpaceNoLimitReachesDoesNotAdviseRaisingTheLimit() {
        Cli r = Cli.run(Cli.tenIssues("analyze", "--method", "ENUMERATE"));
        assertThat(r.code()).isEqualTo(ExitCode.LIMIT);
        assertThat(r.err()).contains("10000000000 outcomes").contains("no limit can reach it")
                .contains("AUTO").doesNotContain("raise the limit");
    }

    @Test
    void aUtilityThatRoundsToZeroHasNoSign() {
        assertThat(Numbers.utility(-0.00001)).isEqualTo("0.0000");
        assertThat(Numbers.utility(-0.0)).isEqualTo("0.0000");
        assertThat(Numbers.utility(-0.00005)).isEqualTo("-0.0001");
    }
}
