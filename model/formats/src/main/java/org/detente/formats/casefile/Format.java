package org.detente.formats.casefile;

import java.nio.file.Path;
import java.util.Locale;

/** The two syntaxes of a case file. */
public enum Format {
    /** YAML (files ending in {@code .yaml} or {@code .yml}): the format for people. */
    YAML,
    /** JSON (files ending in {@code .json}): the same structure, for programs. */
    JSON;

    /**
     * The format of a file, from its extension.
     *
     * @param file a path ending in .yaml, .yml or .json (any case)
     * @return its format
     * @throws IllegalArgumentException if the extension is none of these
     */
    public static Format of(Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".yaml") || n.endsWith(".yml")) {
            return YAML;
        }
        if (n.endsWith(".json")) {
            return JSON;
        }
        throw new IllegalArgumentException("cannot tell the format of '" + file
                + "': a case file ends in .yaml, .yml or .json");
    }
}
