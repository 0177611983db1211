package org.detente.formats;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find the project's root. */
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
}
