package org.detente.formats.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atomic writes: whole content, no temporary left, and the permissions a plain write would give. */
class AtomicFilesTest {
    @Test
    void aNewFileGetsTheDefaultPermissionsAndNoTemporaryIsLeft(@TempDir Path dir) throws Exception {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "POSIX file system");
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path brief = dir.resolve("brief.html");
        AtomicFiles.writeString(brief, "<p>brief</p>");
        assertThat(Files.readString(brief)).isEqualTo("<p>brief</p>");
        assertThat(Files.getPosixFilePermissions(brief)).isEqualTo(Files.getPosixFilePermissions(plain));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("plain.txt", "brief.html");
        }
    }

    @Test
    void aFileWrittenOverKeepsItsPermissions(@TempDir Path dir) throws Exception {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "POSIX file system");
        Path f = dir.resolve("case.yaml");
        Files.writeString(f, "old");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        AtomicFiles.writeString(f, "new");
        assertThat(Files.readString(f)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-------");
    }
}
