package org.detente.formats.genius;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.detente.testing.TestData;

/** Finds the GENIUS reference data in testdata/. */
final class SharedData {
    private SharedData() {
    }

    /** The GENIUS folder of the reference data. */
    static Path genius() {
        return TestData.path("genius");
    }

    static Path file(String relative) {
        return genius().resolve(relative);
    }

    static List<Path> files(String folder, String... names) {
        Path dir = genius().resolve(folder);
        return Arrays.stream(names).map(dir::resolve).toList();
    }
}
