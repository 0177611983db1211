package org.detente.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files of the repository a test reads (the bundled examples, the agent protocol's schemas, the
 * Python reference agent), found from the repository's root, which Surefire names in the system
 * property {@value #PROPERTY} (set from the parent POM), so that no test depends on how deep its
 * module sits in the folder tree.
 */
public final class Repository {
    /** The system property that names the repository's root folder. */
    public static final String PROPERTY = "detente.root";

    private Repository() {
    }

    /**
     * The repository's root folder.
     *
     * @throws IllegalStateException if the property is missing or names no folder
     */
    public static Path root() {
        Path dir = folder(PROPERTY, "/path/to/the/repository");
        if (!Files.isRegularFile(dir.resolve("mvnw"))) {
            throw new IllegalStateException(PROPERTY + " = " + dir + " is not the repository's root (no mvnw there)");
        }
        return dir;
    }

    /**
     * The folder a system property names, which Surefire sets from the parent POM.
     *
     * @throws IllegalStateException if the property is missing or names no folder
     */
    static Path folder(String property, String example) {
        String p = System.getProperty(property);
        if (p == null || p.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set: run the tests with Maven"
                    + " (the parent POM sets it) or pass -D" + property + "=" + example);
        }
        Path dir = Path.of(p).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException(property + " = " + dir + " is not a folder");
        }
        return dir;
    }

    /**
     * A file or folder of the repository, as an absolute path.
     *
     * @param relative its path from the root, e.g. {@code examples/arms-control.yaml}
     * @throws IllegalStateException if it does not exist
     */
    public static Path path(String relative) {
        Path p = root().resolve(relative).normalize();
        if (!Files.exists(p)) {
            throw new IllegalStateException("missing repository file " + p);
        }
        return p;
    }
}
