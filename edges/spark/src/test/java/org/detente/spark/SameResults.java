package org.detente.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/** A tournament's result files compared with those of the same tournament run by the local engine. */
final class SameResults {
    private SameResults() {
    }

    /** A file's lines, sorted (sessions are written in the order they finish). */
    static TreeSet<String> lines(Path file) throws Exception {
        return new TreeSet<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    /** The sessions of {@code out} are those of {@code local}, row for row, and the summary is the same file. */
    static void assertSameAs(Path local, Path out) throws Exception {
        for (String f : List.of("sessions.jsonl", "sessions.csv")) {
            assertThat(Files.readAllLines(out.resolve(f))).as(f).hasSameSizeAs(Files.readAllLines(local.resolve(f)));
            assertThat(lines(out.resolve(f))).as(f).isEqualTo(lines(local.resolve(f)));
        }
        assertThat(Files.readAllLines(out.resolve("summary.csv"))).isEqualTo(Files.readAllLines(local.resolve("summary.csv")));
    }
}
