package org.detente.tournament;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reopening an output directory keeps what reads, and says what it leaves out. */
class ResultStoreTest {
    private static final String PLAN = "plan v1\n";

    @Test
    void linesThatCannotBeReadAreReportedAndTheirSessionsAreNotFinished(@TempDir Path dir) throws IOException {
        SessionRecord a = Records.agreed("x", "y", 0.8, 0.6);
        SessionRecord b = Records.agreed("y", "x", 0.7, 0.5);
        String broken = RecordJson.line(b).replace("\"rounds\":12", "\"rounds\":\"twelve\"");
        String partial = RecordJson.line(Records.agreed("x", "x", 0.5, 0.5)).substring(0, 30);
        Files.writeString(dir.resolve("plan.txt"), PLAN);
        Files.writeString(dir.resolve(ResultStore.JSONL), String.join("\n", RecordJson.line(a), broken,
                RecordJson.line(a), "", partial), StandardCharsets.UTF_8);
        try (ResultStore store = ResultStore.open(dir, PLAN, 2, false, Map.of())) {
            assertThat(store.finished()).containsExactly(a.session());
            assertThat(store.records()).containsExactly(a);
            String file = dir.resolve(ResultStore.JSONL).toString();
            assertThat(store.dropped()).containsExactly(
                    file + " line 5 is incomplete (the run stopped while writing it); its session runs again",
                    file + " line 2 cannot be read ('rounds' must be a whole number, was \"twelve\"); its session runs"
                            + " again",
                    file + " line 3 repeats session lease/x+y/1; the first is kept",
                    file + " line 4 cannot be read (not a JSON object); its session runs again");
        }
        assertThat(Files.readAllLines(dir.resolve(ResultStore.JSONL))).containsExactly(RecordJson.line(a));
        assertThat(Files.readAllLines(dir.resolve(ResultStore.CSV))).containsExactly(RecordCsv.header(2, false),
                RecordCsv.row(a, 2, false));
        try (ResultStore again = ResultStore.open(dir, PLAN, 2, false, Map.of())) {
            assertThat(again.dropped()).isEmpty();
        }
    }

    @Test
    void theSummaryHasAHeaderAndARowPerAgent(@TempDir Path dir) throws IOException {
        try (ResultStore store = ResultStore.open(dir, PLAN, 2, false, Map.of())) {
            store.writeSummary(Totals.of(List.of("x", "y"), List.of(Records.agreed("x", "y", 0.8, 0.6))));
        }
        assertThat(Files.readAllLines(dir.resolve(ResultStore.SUMMARY))).containsExactly(Totals.CSV_HEADER,
                "x,1,1.000000,0.800000,0.100000,0.200000,1.400000,0",
                "y,1,1.000000,0.600000,0.100000,0.200000,1.400000,0");
    }

    @Test
    void anotherTournamentsDirectoryIsRefused(@TempDir Path dir) throws IOException {
        ResultStore.open(dir, PLAN, 2, false, Map.of()).close();
        assertThatThrownBy(() -> ResultStore.open(dir, "plan v2\n", 2, false, Map.of()))
                .hasMessageContaining("holds the results of a different tournament");
    }
}
