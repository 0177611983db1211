package org.detente.formats.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.detente.formats.InputException;
import org.detente.formats.InputLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stated limits apply before or while reading, and say which limit, where. */
class InputLimitsTest {
    @TempDir
    Path dir;

    @Test
    void aFileOverTheLimitIsRefusedByItsSize() throws IOException {
        Path big = dir.resolve("big.json");
        Files.write(big, new byte[(int) InputLimits.MAX_FILE_BYTES + 1]);
        InputException e = catchThrowableOfType(InputException.class, () -> InputLimits.text(big));
        assertThat(e.limit()).isTrue();
        assertThat(e.getMessage()).startsWith(big.toString()).contains("limited to 16 MiB");
    }

    @Test
    void directoriesMissingAndNonUtf8FilesAreNamedWithTheReason() throws IOException {
        InputException d = catchThrowableOfType(InputException.class, () -> InputLimits.text(dir));
        assertThat(d.getMessage()).startsWith(dir.toString()).contains("it is a directory");
        assertThat(d.limit()).isFalse();
        Path none = dir.resolve("none.yaml");
        assertThat(catchThrowableOfType(InputException.class, () -> InputLimits.text(none)).getMessage())
                .isEqualTo(none + ": cannot read the file: no such file");
        Path bad = dir.resolve("bad.yaml");
        Files.write(bad, new byte[] {'a', ':', ' ', (byte) 0xC3, (byte) 0x28});
        assertThat(catchThrowableOfType(InputException.class, () -> InputLimits.text(bad)).getMessage())
                .startsWith(bad.toString()).contains("not valid UTF-8").contains("offset 3");
    }

    @Test
    void aLongYamlLineIsRefusedBeforeScanning() {
        String text = "version: 1\nname: " + "x".repeat(InputLimits.MAX_STRING_CHARS + 1) + "\n";
        InputException e = catchThrowableOfType(InputException.class, () -> TreeReader.read("c.yaml", text, Syntax.YAML));
        assertThat(e.limit()).isTrue();
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.problem()).contains("a string is limited to 1,048,576");
    }

    @Test
    void aLongJsonStringIsRefusedWhileReading() {
        String text = "{\"name\": \"" + "x".repeat(InputLimits.MAX_STRING_CHARS + 1) + "\"}";
        InputException e = catchThrowableOfType(InputException.class, () -> TreeReader.read("c.json", text, Syntax.JSON));
        assertThat(e.limit()).isTrue();
        assertThat(e.getMessage()).startsWith("c.json:").contains("1048576").doesNotContain("StreamReadConstraints");
    }

    @Test
    void deepNestingIsInvalidInputNotAStackOverflow() {
        for (Syntax syntax : Syntax.values()) {
            String text = "[".repeat(10_000) + "]".repeat(10_000);
            InputException e = catchThrowableOfType(InputException.class, () -> TreeReader.read("deep", text, syntax));
            assertThat(e.limit()).as(syntax.toString()).isFalse();
            assertThat(e.problem()).contains("nest deeper than " + InputLimits.MAX_NESTING);
        }
    }

    @Test
    void textOverTheLimitIsRefusedBeforeParsing() {
        String text = " ".repeat((int) InputLimits.MAX_FILE_BYTES + 1);
        InputException e = catchThrowableOfType(InputException.class, () -> TreeReader.read("request", text, Syntax.JSON));
        assertThat(e.limit()).isTrue();
        assertThat(e.getMessage()).startsWith("request: ").contains("limited to 16 MiB");
    }
}
