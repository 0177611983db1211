package org.detente.formats;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find the project's root and the shared reference data. */
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
     * The shared reference data, from the system property {@code detente.sharedData} (set by
     * Surefire in the parent POM).
     *
     * @throws IllegalStateException if the property is missing or names no directory
     */
    public static Path sharedData() {
        String p = System.getProperty("detente.sharedData");
        if (p == null || p.isBlank()) {
            throw new IllegalStateException("system property detente.sharedData is not set: run the tests with"
                    + " Maven (the parent POM sets it) or pass -Ddetente.sharedData=/path/to/shared/data");
        }
        Path dir = Path.of(p).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("detente.sharedData = " + dir + " is not a directory");
        }
        return dir;
    }
}
