package org.detente.formats.casefile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.detente.formats.InputException;
import org.detente.formats.InputLimits;
import org.detente.formats.support.AtomicFiles;
import org.detente.formats.support.Syntax;
import org.detente.formats.support.TreeReader;
import org.detente.model.NegotiationCase;
import org.detente.model.OutcomeSpace;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes Détente's native case files (YAML or JSON; see {@code docs/case-file.md}).
 *
 * <p>Loading checks the file against {@code case.schema.json} and then the rules that span fields
 * (names, ranges, weight sums). Every problem found is an {@link InputException} naming the file, the
 * line, the column and the field path; when there are several, the one that comes first in the file
 * is thrown and the others are attached to it ({@link Throwable#getSuppressed()}), in file order.
 * A case is returned only if there is no problem at all.
 */
public final class CaseFiles {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private CaseFiles() {
    }

    /**
     * Reads a case file, YAML or JSON by its extension.
     *
     * @param file the file
     * @return the case
     * @throws InputException           if the file is malformed or invalid
     * @throws IOException              if the file cannot be read
     * @throws IllegalArgumentException if the extension is not .yaml, .yml or .json
     */
    public static NegotiationCase read(Path file) throws InputException, IOException {
        Format format = Format.of(file);
        return read(file.toString(), InputLimits.text(file), format);
    }

    /** A file's text, UTF-8, within the input limits. */
    static String text(Path file) throws InputException, IOException {
        return InputLimits.text(file);
    }

    /**
     * Reads a case from text.
     *
     * @param sourceName the name used in messages (usually the file's path)
     * @param text       the case file's content
     * @param format     YAML or JSON
     * @return the case
     * @throws InputException if the text is malformed or invalid
     */
    public static NegotiationCase read(String sourceName, String text, Format format) throws InputException {
        Syntax syntax = format == Format.JSON ? Syntax.JSON : Syntax.YAML;
        try {
            // a valid file is read once, without noting where each value is written
            return CaseReader.read(sourceName, TreeReader.readUnplaced(sourceName, text, syntax));
        } catch (InputException unplaced) {
            // and an invalid one again, to say where its problems are
            return CaseReader.read(sourceName, TreeReader.read(sourceName, text, syntax));
        }
    }

    /**
     * The case file text of a case.
     *
     * @param c      the case
     * @param format YAML (commented) or JSON
     * @return the text, which {@link #read(String, String, Format)} reads back to an equal case
     */
    public static String toText(NegotiationCase c, Format format) {
        Map<String, Object> tree = CaseWriter.tree(c);
        if (format == Format.JSON) {
            try {
                return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n";
            } catch (JacksonException e) {
                throw new IllegalStateException("cannot write the case as JSON", e);
            }
        }
        List<String> header = new ArrayList<>();
        header.add("Détente case file (format version 1): see docs/case-file.md.");
        header.add("Case: " + c.name().replace('\n', ' '));
        OutcomeSpace space = c.domain().outcomeSpace();
        header.add(c.domain().size() + " issues, " + (space.enumerable() ? space.size() + " outcomes" : "a continuum of outcomes")
                + ", " + c.parties().size() + " parties.");
        return YamlEmitter.emit(tree, header, Map.of(
                "issues", "The issues under negotiation and their possible values.",
                "parties", "Each party: reservation value, discount factor, weights and value functions"
                        + "\n(or a non-linear utility), red lines."));
    }

    /**
     * Writes a case file, YAML or JSON by the extension of {@code file}. The text goes to a temporary
     * file in the same directory, which is then moved into place: the file is never half written.
     *
     * @param c    the case
     * @param file the target file (.yaml, .yml or .json)
     * @throws IOException              if the file cannot be written
     * @throws IllegalArgumentException if the extension is not .yaml, .yml or .json
     */
    public static void write(NegotiationCase c, Path file) throws IOException {
        AtomicFiles.writeString(file, toText(c, Format.of(file)));
    }

    /** The JSON Schema of case files (draft 2020-12), as shipped in this library. */
    public static String schema() {
        return FileSchema.CASE.text();
    }
}
