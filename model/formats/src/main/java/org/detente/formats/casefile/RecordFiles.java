package org.detente.formats.casefile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.detente.formats.InputException;
import org.detente.formats.support.AtomicFiles;
import org.detente.formats.support.Node;
import org.detente.formats.support.Syntax;
import org.detente.formats.support.TreeReader;
import org.detente.model.Domain;
import org.detente.model.NegotiationCase;
import org.detente.model.NegotiationRecord;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes negotiation records (YAML or JSON; see {@code docs/record.md} and
 * {@code record.schema.json}). A record is read against its scenario: every party, issue and value it
 * names must exist there; each problem is an {@link InputException} naming the file, line, column
 * and field, the first thrown with the others suppressed in it.
 */
public final class RecordFiles {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private RecordFiles() {
    }

    /**
     * What a record is read against.
     *
     * @param names   the names the record may give as its case (the case's, its domain's)
     * @param domain  the issues
     * @param parties the parties' names; when there is only one (a GENIUS profile: ours), the
     *                counterpart may have any other name
     */
    public record Scenario(List<String> names, Domain domain, List<String> parties) {
        /** Copies the lists. */
        public Scenario {
            names = List.copyOf(names);
            parties = List.copyOf(parties);
        }

        /** The scenario of a case: its name or its domain's, its parties. */
        public static Scenario of(NegotiationCase c) {
            return new Scenario(List.of(c.name(), c.domain().name()), c.domain(), c.partyNames());
        }
    }

    /**
     * Reads a record file, YAML or JSON by its extension.
     *
     * @throws InputException           if the file is malformed or does not fit the scenario
     * @throws IOException              if the file cannot be read
     * @throws IllegalArgumentException if the extension is not .yaml, .yml or .json
     */
    public static NegotiationRecord read(Path file, Scenario scenario) throws InputException, IOException {
        Format format = Format.of(file);
        return read(file.toString(), CaseFiles.text(file), format, scenario);
    }

    /**
     * Reads a record from text.
     *
     * @throws InputException if the text is malformed or does not fit the scenario
     */
    public static NegotiationRecord read(String sourceName, String text, Format format, Scenario scenario)
            throws InputException {
        Node root = TreeReader.read(sourceName, text, format == Format.JSON ? Syntax.JSON : Syntax.YAML);
        return RecordReader.read(sourceName, root, scenario);
    }

    /** The text of a record, which {@link #read(String, String, Format, Scenario)} reads back to an equal record. */
    public static String toText(NegotiationRecord r, Domain domain, Format format) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("case", r.scenario());
        root.put("us", r.us());
        root.put("counterpart", r.counterpart());
        r.deadline().ifPresent(d -> root.put("deadline", when(d)));
        List<Object> offers = new ArrayList<>();
        for (NegotiationRecord.Offer o : r.offers()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("by", o.by());
            o.when().ifPresent(w -> m.put("when", when(w)));
            m.put("package", new LinkedHashMap<String, Object>(domain.labels(o.outcome())));
            if (!o.note().isEmpty()) {
                m.put("note", o.note());
            }
            offers.add(m);
        }
        root.put("offers", offers);
        if (format == Format.JSON) {
            try {
                return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
            } catch (JacksonException e) {
                throw new IllegalStateException("cannot write the record as JSON", e);
            }
        }
        return YamlEmitter.emit(root, List.of("Détente negotiation record (format version 1): see docs/record.md.",
                r.offers().size() + " offers between " + r.us() + " (us) and " + r.counterpart() + "."), Map.of());
    }

    private static Object when(NegotiationRecord.When w) {
        // a sealed pair: a round is written as its number, a moment as RFC 3339 text
        return w instanceof NegotiationRecord.Round r ? (Object) r.number() : ((NegotiationRecord.At) w).time().toString();
    }

    /**
     * Writes a record file, YAML or JSON by the extension, never half written.
     *
     * @throws IOException              if the file cannot be written
     * @throws IllegalArgumentException if the extension is not .yaml, .yml or .json
     */
    public static void write(NegotiationRecord r, Domain domain, Path file) throws IOException {
        AtomicFiles.writeString(file, toText(r, domain, Format.of(file)));
    }

    /** The JSON Schema of record files (draft 2020-12), as shipped in this library. */
    public static String schema() {
        return FileSchema.RECORD.text();
    }
}
