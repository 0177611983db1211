package org.detente.formats.genius;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Finds the GENIUS reference data in testdata/. */
final class SharedData {
    private SharedData() {
    }

    /** The GENIUS folder; fails the test when the property or the folder is missing. */
    static Path genius() {
        String root = System.getProperty("detente.testData");
        if (root == null || root.isBlank()) {
            fail("system property detente.testData is not set: run the tests through Maven (Surefire sets it to "
                    + "<project>/testdata) or pass -Ddetente.testData=/path/to/testdata");
        }
        Path dir = Path.of(root).resolve("genius");
        if (!Files.isDirectory(dir)) {
            fail("GENIUS reference data not found at " + dir.toAbsolutePath()
                    + " (detente.testData=" + root + ")");
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
