package org.detente.formats.gmcr;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.detente.conflict.model.Conflict;
import org.detente.conflict.model.ConflictModelException;
import org.detente.conflict.stability.StateSpace;
import org.detente.formats.InputException;
import org.detente.formats.InputLimits;
import org.detente.formats.support.AtomicFiles;
import org.detente.formats.support.Node;
import org.detente.formats.support.Syntax;
import org.detente.formats.support.TreeReader;

/**
 * Reads and writes conflicts: GMCR+ save files (the JSON of gmcr-py, {@code .gmcr} or {@code .json})
 * and Détente's conflict YAML ({@code .yaml}, {@code .yml}); see {@code docs/conflict.md}.
 *
 * <p>A conflict is returned only if it is valid, including its state space (at least one feasible
 * state, every ranking a permutation of the feasible states); every problem is an
 * {@link InputException} naming the file, line, column and field.
 */
public final class GmcrFiles {
    private GmcrFiles() {
    }

    /** The two file forms. */
    public enum Form {
        /** GMCR+ save file (JSON). */
        GMCR_JSON,
        /** Détente's conflict YAML. */
        YAML;

        /**
         * The form of a file, by extension.
         *
         * @throws IllegalArgumentException if the extension is none of .gmcr, .json, .yaml, .yml
         */
        public static Form of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".gmcr") || name.endsWith(".json")) {
                return GMCR_JSON;
            }
            if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                return YAML;
            }
            throw new IllegalArgumentException(file + ": a conflict file ends in .gmcr or .json (GMCR+) or .yaml / .yml (Détente)");
        }
    }

    /**
     * Reads a conflict file, its form by extension.
     *
     * @param file the file
     * @return the conflict, valid
     * @throws InputException           if the file is malformed or the conflict invalid
     * @throws IOException              if the file cannot be read
     * @throws IllegalArgumentException if the extension is unknown
     */
    public static Conflict read(Path file) throws InputException, IOException {
        Form form = Form.of(file);
        String text = InputLimits.text(file);
        String title = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return read(file.toString(), text, form, title);
    }

    /**
     * Reads a conflict from text.
     *
     * @param source the name used in messages
     * @param text   the content
     * @param form   the form
     * @param title  the title when the file has none (GMCR+ files have none)
     * @return the conflict, valid
     * @throws InputException if the text is malformed or the conflict invalid
     */
    public static Conflict read(String source, String text, Form form, String title) throws InputException {
        Node root = TreeReader.read(source, text, form == Form.YAML ? Syntax.YAML : Syntax.JSON);
        try {
            Conflict c = form == Form.YAML ? YamlReader.read(source, root) : GmcrJsonReader.read(source, root, title);
            if (c.name().isEmpty()) {
                c = new Conflict(title, c.options(), c.decisionMakers(), c.infeasible());
            }
            StateSpace.of(c);
            return c;
        } catch (ConflictModelException e) {
            Node at = Fields.locate(root, e.field());
            throw new InputException(source, at.line(), at.column(), e.field(), e.problem());
        } catch (IllegalArgumentException e) {
            throw new InputException(source, 0, 0, "", e.getMessage());
        }
    }

    /** The text of a conflict in the given form; reading it back gives an equivalent conflict (same options, states and preferences). */
    public static String toText(Conflict c, Form form) {
        return form == Form.YAML ? Writers.yaml(c) : Writers.gmcrJson(c);
    }

    /**
     * Writes a conflict, its form by extension, atomically.
     *
     * @throws IOException              if writing fails
     * @throws IllegalArgumentException if the extension is unknown
     */
    public static void write(Conflict c, Path file) throws IOException {
        AtomicFiles.writeString(file, toText(c, Form.of(file)));
    }
}
