package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.detente.analysis.AnalysisOptions;
import org.detente.analysis.Prepare;
import org.detente.analysis.RobustnessOptions;
import org.detente.formats.casefile.CaseFiles;
import org.junit.jupiter.api.Test;

/**
 * A long {@code prepare} says what it is doing (issue 17, item 5: one on a 10^6-value issue ran
 * 172 s with nothing shown); a quick one prints nothing.
 */
class StillWorkingTest {
    @Test
    void afterTheGraceEachPhaseIsSaidOnceWithTheSecondsSoFarAndNothingAfterClose() throws Exception {
        StringWriter text = new StringWriter();
        try (StillWorking w = StillWorking.start(new PrintWriter(text), "prepare", 0)) {
            w.phase("reading the case");
            Thread.sleep(400);
            w.phase("sampling 10 beliefs");
            Thread.sleep(400);
            w.phase("sampling 10 beliefs");
            Thread.sleep(200);
        }
        int after = text.toString().length();
        List<String> lines = text.toString().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("detente: prepare: reading the case… \\([0-9]+ s so far\\)");
        assertThat(lines.get(1)).matches("detente: prepare: sampling 10 beliefs… \\([0-9]+ s so far\\)");
        Thread.sleep(200);
        assertThat(text.toString()).hasSize(after);
    }

    @Test
    void workDoneWithinTheGracePrintsNothing() throws Exception {
        StringWriter text = new StringWriter();
        try (StillWorking w = StillWorking.start(new PrintWriter(text), "prepare", 5_000)) {
            w.phase("reading the case");
        }
        assertThat(text.toString()).isEmpty();
    }

    @Test
    void prepareNamesItsPhasesInOrder() throws Exception {
        var c = CaseFiles.read(PrepareCommandTest.example());
        List<String> phases = new ArrayList<>();
        Prepare.prepare(c, "United States", "Russia", AnalysisOptions.defaults(), RobustnessOptions.of(500, 1), phases::add);
        assertThat(phases).hasSize(5);
        assertThat(phases.subList(0, 4)).containsExactly("analysing the outcome space (" + String.format(java.util.Locale.ROOT,
                        "%,d", c.domain().outcomeSpace().size()) + " packages)", "the two-level analysis (ratifiable packages)",
                "ranking the moves", "choosing the candidate packages");
        assertThat(phases.get(4)).matches("sampling 500 beliefs about 'Russia' over [0-9,]+ candidate packages");
    }
}
