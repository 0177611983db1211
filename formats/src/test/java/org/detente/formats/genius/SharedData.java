package org.detente.formats.genius;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Finds the shared GENIUS reference data (read in place, never copied). */
final class SharedData {
    private SharedData() {
    }

    /** The GENIUS folder; fails the test when the property or the folder is missing. */
    static Path genius() {
        String root = System.getProperty("detente.sharedData");
        if (root == null || root.isBlank()) {
            fail("system property detente.sharedData is not set: run the tests through Maven (Surefire sets it to "
                    + "<project>/../shared/data) or pass -Ddetente.sharedData=/path/to/shared/data");
        }
        Path dir = Path.of(root).resolve("genius");
        if (!Files.isDirectory(dir)) {
            fail("shared GENIUS data not found at " + dir.toAbsolutePath()
                    + " (detente.sharedData=" + root + ")");
        }
        return dir;
    }

    static Path file(String relative) {
        return genius().resolve(relative);
    }

    static List<Path> files(String folder, String... names) {
        Path dir = genius().resolve(folder);
        return Arrays.stream(names).map(dir::resolve).toList();
    }
}
