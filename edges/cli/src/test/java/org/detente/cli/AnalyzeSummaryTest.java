package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.detente.testing.Repository;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code analyze} on the flagship: short by default, complete with --all, red lines named. */
class AnalyzeSummaryTest {
    private static final String FLAGSHIP = Repository.path("examples/arms-control.yaml").toString();

    private static List<String> lines(Cli r) {
        assertThat(r.code()).as(r.err()).isZero();
        return r.out().lines().toList();
    }

    private static int indexOf(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no line starts with " + start);
    }

    @Test
    void theSummaryComesFirstAndTheFrontierIsTheZopasOnly() {
        List<String> out = lines(Cli.run("analyze", FLAGSHIP));
        assertThat(out.size()).as("lines by default").isLessThan(220);
        int summary = indexOf(out, "Solutions (United States / Russia): Nash 0.7630 / 0.6730");
        assertThat(summary).isLessThan(12);
        assertThat(out).contains("Pareto frontier: 142 points, 118 inside the ZOPA",
                "Deal \"status quo ante\" (0.8130 / 0.4870): leaves 0.0580 on the table: 18 packages better for every party");
        int frontier = indexOf(out, "Pareto frontier inside the ZOPA: 118 of 142 points");
        assertThat(frontier).isGreaterThan(summary);
        String text = String.join("\n", out);
        // the frontier's US-best end lies outside the ZOPA (Russia 0.2980 < 0.40): not listed
        assertThat(text).doesNotContain("0.2980").contains("    1         0.9112  0.4050",
                "  118         0.4515  0.9091", "10 of the 118 points shown, evenly spaced",
                "24 frontier points lie outside the ZOPA (a party prefers its alternative); --all lists them");
    }

    @Test
    void allListsEveryFrontierPointAndEveryImprovementWhole() {
        List<String> out = lines(Cli.run("analyze", FLAGSHIP, "--all"));
        int frontier = indexOf(out, "Pareto frontier: 142 points — ");
        int solutions = indexOf(out, "Solutions (over outcomes");
        long rows = out.subList(frontier, solutions).stream().filter(l -> l.matches("\\s+\\d+\\s+0\\.\\d{4}\\s+0\\.\\d{4}\\s.*"))
                .count();
        assertThat(rows).isEqualTo(142);
        String text = String.join("\n", out);
        assertThat(text).contains("    1         0.9384  0.2980", "70 packages within every red line are better for every "
                + "party; the best first:").doesNotContain("points shown, evenly spaced", "outside the ZOPA (a party");
        assertThat(out.size()).isGreaterThan(1000);
    }

    @Test
    void aDealThatCrossesARedLineSaysWhoseAndListsOnlyPossibleImprovements() {
        String[] args = {"analyze", FLAGSHIP, "--from", "status quo ante", "--deal", "inspections=4"};
        String text = String.join("\n", lines(Cli.run(args)));
        assertThat(text).contains("Deal \"--deal\" (0.6380 / 0.5800): not a possible agreement: crosses a red line — "
                        + "United States refuses inspections=4;",
                "    United States refuses inspections=4 (its red line: inspections within [8, 18])",
                "43 packages within every red line are better for every party");
        Cli json = Cli.run(java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--json"))
                .toArray(String[]::new));
        JsonNode j = JsonMapper.builder().build().readTree(json.out());
        for (JsonNode report : List.of(j.get("valueLeft"), j.get("deals").get(2))) {
            JsonNode crossed = report.get("crossesRedLines");
            assertThat(crossed).hasSize(1);
            assertThat(crossed.get(0).get("party").asString()).isEqualTo("United States");
            assertThat(crossed.get(0).get("issue").asString()).isEqualTo("inspections");
            assertThat(crossed.get(0).get("value").asString()).isEqualTo("4");
            assertThat(report.get("improvements")).hasSize(43).allSatisfy(p -> {
                int inspections = Integer.parseInt(p.get("outcome").get("inspections").asString());
                assertThat(inspections).isBetween(8, 18);
            });
        }
        assertThat(j.get("deals").get(0).get("crossesRedLines")).isEmpty();
    }

    @Test
    void showMustBePositive() {
        Cli r = Cli.run("analyze", FLAGSHIP, "--show", "0");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("--show must be at least 1");
    }
}
