package org.detente.formats.golden;

import java.nio.file.Files;
import java.nio.file.Path;

/** The reference data the project carries in testdata/. */
final class SharedData {
    private SharedData() {
    }

    /** The root of {@code testdata}, from the system property Surefire sets. */
    static Path root() {
        String dir = System.getProperty("detente.testData");
        if (dir == null) {
            throw new IllegalStateException("system property detente.testData is not set: run the tests through Maven");
        }
        Path p = Path.of(dir).normalize();
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("the reference data is missing: " + p
                    + " (it lives in the repository, in testdata/)");
        }
        return p;
    }
}
