package org.detente.formats.golden;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared reference data, read in place (never copied into the project). */
final class SharedData {
    private SharedData() {
    }

    /** The root of {@code ../shared/data}, from the system property Surefire sets. */
    static Path root() {
        String dir = System.getProperty("detente.sharedData");
        if (dir == null) {
            throw new IllegalStateException("system property detente.sharedData is not set: run the tests through Maven");
        }
        Path p = Path.of(dir).normalize();
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("the shared reference data is missing: " + p
                    + " (it must lie beside the clone, in ../shared/data)");
        }
        return p;
    }
}
