package org.detente.tournament;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.detente.formats.casefile.CaseFiles;
import org.detente.rehearsal.Deadline;
import org.detente.rehearsal.Scenario;
import org.detente.rehearsal.SessionSpec;
import org.detente.testing.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output directory cannot be fooled (issue 17, items 8 and 10): one run at a time, a record with
 * missing fields reported and rerun, a foreign record never counted, results without their plan
 * never adopted.
 */
class ResultStoreGuardsTest {
    private static final String PLAN = "plan v1\n";

    @Test
    @SuppressWarnings("try") // the first store is held open only for its lock
    void aSecondRunIntoTheSameDirectoryIsRefusedNamingTheHolder(@TempDir Path dir) throws IOException {
        try (ResultStore first = ResultStore.open(dir, PLAN, 2, false, Map.of())) {
            assertThatThrownBy(() -> ResultStore.open(dir, PLAN, 2, false, Map.of())).isInstanceOf(IOException.class)
                    .hasMessageContaining(dir + " is in use by another run (process " + ProcessHandle.current().pid());
        }
        ResultStore.open(dir, PLAN, 2, false, Map.of()).close();
    }

    @Test
    void aRecordWithMissingFieldsIsReportedAndItsSessionRunsAgain(@TempDir Path dir) throws IOException {
        SessionRecord a = Records.agreed("x", "y", 0.8, 0.6);
        Files.writeString(dir.resolve("plan.txt"), PLAN);
        Files.writeString(dir.resolve(ResultStore.JSONL), RecordJson.line(a) + "\n{\"session\":\"lease/y+x/1\"}\n");
        try (ResultStore store = ResultStore.open(dir, PLAN, 2, false, Map.of())) {
            assertThat(store.finished()).containsExactly(a.session());
            assertThat(store.dropped()).singleElement().asString().contains("line 2 cannot be read (")
                    .contains("is missing").contains("its session runs again");
        }
    }

    @Test
    void resultsWithoutTheirPlanAreNotAdopted(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(ResultStore.JSONL), RecordJson.line(Records.agreed("x", "y", 0.8, 0.6)) + "\n");
        assertThatThrownBy(() -> ResultStore.open(dir, PLAN, 2, false, Map.of()))
                .hasMessageContaining("holds results but no plan.txt");
        assertThat(dir.resolve("plan.txt")).doesNotExist();
    }

    @Test
    void aRecordOfASessionNotInThePlanIsRemovedAndNotCounted(@TempDir Path dir) throws Exception {
        Scenario s = Scenario.prepare("lease", CaseFiles.read(Repository.path("examples/apartment-lease.yaml")),
                Scenario.DEFAULT_MAX_OUTCOMES);
        List<SessionSpec> plan = TournamentPlan.of(List.of(s), List.of("x", "y"), 1, Deadline.rounds(10), 1,
                Duration.ZERO);
        SessionRecord ours = Records.agreed("x", "y", 0.8, 0.6);
        SessionRecord foreign = Records.agreed("x", "z", 0.8, 0.6);
        Files.writeString(dir.resolve("plan.txt"), PLAN);
        Files.writeString(dir.resolve(ResultStore.JSONL), RecordJson.line(ours) + "\n" + RecordJson.line(foreign) + "\n");
        try (ResultStore store = ResultStore.open(dir, PLAN, 2, false, Map.of())) {
            assertThat(store.unfinished(plan)).hasSize(3);
            assertThat(store.records()).containsExactly(ours);
            assertThat(store.dropped()).singleElement().asString().contains("holds session lease/x+z/1, which is not in");
        }
        assertThat(Files.readAllLines(dir.resolve(ResultStore.JSONL))).containsExactly(RecordJson.line(ours));
        assertThat(Files.readAllLines(dir.resolve(ResultStore.CSV))).hasSize(2);
    }
}
