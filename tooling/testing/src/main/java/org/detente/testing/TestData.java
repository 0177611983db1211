package org.detente.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The reference data ({@code testdata/} in the repository), found through the system property
 * {@value #PROPERTY}, which Surefire sets from the parent POM.
 */
public final class TestData {
    /** The system property that names the reference data's folder. */
    public static final String PROPERTY = "detente.testData";

    private TestData() {
    }

    /**
     * The folder of the reference data.
     *
     * @throws IllegalStateException if the property is missing or names no folder
     */
    public static Path root() {
        return Repository.folder(PROPERTY, "/path/to/testdata");
    }

    /**
     * A file or folder of the reference data.
     *
     * @param relative its path under {@code testdata/}
     * @throws IllegalStateException if the reference data or that file is missing
     */
    public static Path path(String relative) {
        Path p = root().resolve(relative).normalize();
        if (!Files.exists(p)) {
            throw new IllegalStateException("missing reference data " + p);
        }
        return p;
    }
}
