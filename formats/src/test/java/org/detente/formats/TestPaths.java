package org.detente.formats;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find the project's root and the reference data in testdata/. */
public final class TestPaths {
    private TestPaths() {
    }

    /** The project's root (the parent of this module's directory). */
    public static Path projectRoot() {
        Path module = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
        Path root = module.getParent();
        if (root == null || !Files.isRegularFile(root.resolve("pom.xml"))) {
            throw new IllegalStateException("cannot find the project root above " + module);
        }
        return root;
    }

    /**
     * The reference data (testdata/), from the system property {@code detente.testData} (set by
     * Surefire in the parent POM).
     *
     * @throws IllegalStateException if the property is missing or names no directory
     */
    public static Path sharedData() {
        String p = System.getProperty("detente.testData");
        if (p == null || p.isBlank()) {
            throw new IllegalStateException("system property detente.testData is not set: run the tests with"
                    + " Maven (the parent POM sets it) or pass -Ddetente.testData=/path/to/testdata");
        }
        Path dir = Path.of(p).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("detente.testData = " + dir + " is not a directory");
        }
        return dir;
    }
}
