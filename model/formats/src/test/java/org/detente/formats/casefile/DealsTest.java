package org.detente.formats.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;

import org.detente.formats.InputException;
import org.detente.model.Deal;
import org.detente.model.NegotiationCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Named deals in a case file: read, validated with located errors, written back unchanged. */
class DealsTest {
    private static final String DEALS = String.join("\n",
            "deals:",                                       // 26
            "  - name: status quo",                         // 27
            "    note: what holds today",                   // 28
            "    values: {inspections: 18, channel: nrrc}", // 29
            "");

    @TempDir
    Path dir;

    private Path write(String text) throws Exception {
        Path file = dir.resolve("deals.yaml");
        Files.writeString(file, BadCaseFilesTest.GOOD + text);
        return file;
    }

    @Test
    void dealsAreReadAndWrittenBack() throws Exception {
        NegotiationCase c = CaseFiles.read(write(DEALS));
        assertThat(c.deals()).hasSize(1);
        Deal d = c.deals().get(0);
        assertThat(d.name()).isEqualTo("status quo");
        assertThat(d.note()).isEqualTo("what holds today");
        assertThat(c.domain().labels(d.outcome())).containsEntry("inspections", "18").containsEntry("channel", "nrrc");
        for (Format f : Format.values()) {
            NegotiationCase again = CaseFiles.read("again", CaseFiles.toText(c, f), f);
            assertThat(again.deals()).isEqualTo(c.deals());
        }
    }

    @Test
    void anUnknownValueIsLocated() throws Exception {
        Path file = write(DEALS.replace("channel: nrrc", "channel: telegraph"));
        InputException e = catchThrowableOfType(InputException.class, () -> CaseFiles.read(file));
        assertThat(e.line()).isEqualTo(29);
        assertThat(e.field()).isEqualTo("deals[0].values.channel");
        assertThat(e.problem()).contains("no value 'telegraph'");
    }

    @Test
    void aValueOutsideTheRangeIsLocated() throws Exception {
        Path file = write(DEALS.replace("inspections: 18", "inspections: 19"));
        InputException e = catchThrowableOfType(InputException.class, () -> CaseFiles.read(file));
        assertThat(e.line()).isEqualTo(29);
        assertThat(e.field()).isEqualTo("deals[0].values.inspections");
    }

    @Test
    void aMissingIssueIsNamed() throws Exception {
        Path file = write(DEALS.replace("inspections: 18, ", ""));
        InputException e = catchThrowableOfType(InputException.class, () -> CaseFiles.read(file));
        assertThat(e.line()).isEqualTo(29);
        assertThat(e.problem()).contains("no value for issue 'inspections'");
    }

    @Test
    void anUnknownIssueAndADuplicateNameAreLocated() throws Exception {
        Path unknown = write(DEALS.replace("channel: nrrc", "channel: nrrc, warheads: 1550"));
        InputException e = catchThrowableOfType(InputException.class, () -> CaseFiles.read(unknown));
        assertThat(e.problem()).contains("unknown issue 'warheads'");
        Path twice = write(DEALS + "  - name: status quo\n    values: {inspections: 0, channel: hotline}\n");
        InputException d = catchThrowableOfType(InputException.class, () -> CaseFiles.read(twice));
        assertThat(d.line()).isEqualTo(30);
        assertThat(d.problem()).contains("already defined at line 27");
    }
}
