package org.detente.formats.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.detente.formats.InputException;
import org.detente.formats.InputLimits;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads one YAML 1.2 document into a {@link Node} tree, straight from the parser's events
 * (snakeyaml-engine), with the line and column of every value.
 *
 * <p>Plain scalars are typed by YAML 1.2's JSON schema: {@code null} and an empty value are null,
 * {@code true} and {@code false} booleans, {@code -?(0|[1-9][0-9]*)} integers,
 * {@code -?(0|[1-9][0-9]*)(\.[0-9]*)?([eE][-+]?[0-9]+)?}, {@code .inf}, {@code -.inf} and
 * {@code .nan} floats; anything else, and every quoted or block scalar, is a string. The core
 * tags {@code !!str}, {@code !!int} (a decimal integer), {@code !!float} (any of those numbers),
 * {@code !!bool} and {@code !!null} are honoured, as Jackson's YAML reader honours them.
 * An alias ({@code *name}) stands for the value its anchor marks; the values that aliases repeat
 * are counted, and more than {@value #MAX_REPEATED} of them is a limit (an "alias bomb" cannot
 * grow a small file into a huge document).
 */
final class YamlTree {
    /** Most values that aliases may repeat in one document. */
    private static final long MAX_REPEATED = 1_000_000;
    private static final LoadSettings PLACED = LoadSettings.builder()
            .setCodePointLimit((int) InputLimits.MAX_FILE_BYTES).build();
    /** Without the scanner's marks: every value at line and column 0, a fifth less work. */
    private static final LoadSettings UNPLACED = LoadSettings.builder()
            .setCodePointLimit((int) InputLimits.MAX_FILE_BYTES).setUseMarks(false).build();

    private final String source;
    private final ParserImpl events;
    private final Problems problems;
    /** The value of each anchor and the number of values it holds, aliases within counted. */
    private final Map<String, Anchored> anchors = new HashMap<>();
    /** Values read so far, each alias counted as the values it repeats. */
    private long values;
    private long repeated;

    private record Anchored(Node value, long size) {
    }

    private YamlTree(String source, String text, LoadSettings settings, Problems problems) {
        this.source = source;
        this.events = new ParserImpl(settings, new StreamReader(settings, text));
        this.problems = problems;
    }

    /**
     * The document's root value.
     *
     * @param placed whether each value's line and column are noted (else 0)
     * @throws InputException on a syntax error, an empty document, a limit, or a second document;
     *                        other problems (duplicate keys) are left in {@code problems}
     */
    static Node read(String source, String text, boolean placed, Problems problems) throws InputException {
        YamlTree tree = new YamlTree(source, text, placed ? PLACED : UNPLACED, problems);
        try {
            return tree.document();
        } catch (MarkedYamlEngineException e) {
            Mark at = e.getProblemMark().or(e::getContextMark).orElse(null);
            throw new InputException(source, at == null ? 0 : at.getLine() + 1, at == null ? 0 : at.getColumn() + 1, "",
                    "syntax error: " + TreeReader.firstLine(e.getMessage()));
        } catch (YamlEngineException e) {
            String why = TreeReader.firstLine(e.getMessage());
            if (why.contains("exceeds the limit")) {
                throw InputException.limit(source, 0, 0, "", why);
            }
            throw new InputException(source, 0, 0, "", "syntax error: " + why);
        }
    }

    private Node document() throws InputException {
        next(); // stream start
        Event e = next();
        if (e.getEventId() == Event.ID.StreamEnd) {
            throw new InputException(source, 1, 1, "", "the document is empty");
        }
        Node root = value(next(), "", 0);
        next(); // document end
        Event after = next();
        if (after.getEventId() != Event.ID.StreamEnd) {
            problems.add(line(after), column(after), "",
                    "unexpected content after the end of the document (only one document is read)");
        }
        return root;
    }

    private Event next() {
        return events.next();
    }

    private Node value(Event e, String path, int depth) throws InputException {
        long before = values;
        Node v;
        switch (e.getEventId()) {
            case Scalar:
                v = scalar((ScalarEvent) e, path);
                break;
            case MappingStart:
                v = mapping(e, path, depth + 1);
                break;
            case SequenceStart:
                v = sequence(e, path, depth + 1);
                break;
            case Alias:
                return alias((AliasEvent) e, path);
            default:
                throw new InputException(source, line(e), column(e), path, "syntax error: unexpected " + e);
        }
        Optional<Anchor> anchor = ((NodeEvent) e).getAnchor();
        if (anchor.isPresent()) {
            anchors.put(anchor.get().getValue(), new Anchored(v, values - before));
        }
        return v;
    }

    private Node.Obj mapping(Event start, String path, int depth) throws InputException {
        nesting(start, path, depth);
        values++;
        Members members = new Members();
        for (Event k = next(); k.getEventId() != Event.ID.MappingEnd; k = next()) {
            if (!(k instanceof ScalarEvent key)) {
                throw new InputException(source, line(k), column(k), path,
                        "syntax error: a key must be a scalar, not " + (k instanceof AliasEvent ? "an alias" : "a collection"));
            }
            values++;
            String name = key.getValue();
            if (name.length() > InputLimits.MAX_STRING_CHARS) {
                throw InputException.limit(source, line(k), column(k), path, String.format(Locale.ROOT,
                        "a key is %,d characters long; a string is limited to %,d", name.length(), InputLimits.MAX_STRING_CHARS));
            }
            String memberPath = Node.member(path, name);
            members.add(new Node.Str(line(k), column(k), memberPath, name), value(next(), memberPath, depth), problems);
        }
        return members.build(line(start), column(start), path);
    }

    private Node.Arr sequence(Event start, String path, int depth) throws InputException {
        nesting(start, path, depth);
        values++;
        List<Node> items = new ArrayList<>();
        for (Event i = next(); i.getEventId() != Event.ID.SequenceEnd; i = next()) {
            items.add(value(i, Node.item(path, items.size()), depth));
        }
        return new Node.Arr(line(start), column(start), path, items);
    }

    private void nesting(Event start, String path, int depth) throws InputException {
        if (depth > InputLimits.MAX_NESTING) {
            throw new InputException(source, line(start), column(start), path, "objects and arrays nest deeper than "
                    + InputLimits.MAX_NESTING + " levels (a case needs 6)");
        }
    }

    private Node alias(AliasEvent e, String path) throws InputException {
        String name = e.getAlias().getValue();
        Anchored a = anchors.get(name);
        if (a == null) {
            throw new InputException(source, line(e), column(e), path, "the alias *" + name + " names no anchor before it");
        }
        values += a.size();
        repeated += a.size();
        if (repeated > MAX_REPEATED) {
            throw InputException.limit(source, line(e), column(e), path, String.format(Locale.ROOT,
                    "aliases repeat more than %,d values; write the values out", MAX_REPEATED));
        }
        // a scalar is placed where the alias is; a shared object or array stays where it is written
        Node v = a.value();
        int line = line(e);
        int col = column(e);
        if (v instanceof Node.Str s) {
            return new Node.Str(line, col, path, s.value());
        } else if (v instanceof Node.Num n) {
            return new Node.Num(line, col, path, n.value(), n.text(), n.integral());
        } else if (v instanceof Node.Bool b) {
            return new Node.Bool(line, col, path, b.value());
        } else if (v instanceof Node.Null) {
            return new Node.Null(line, col, path);
        }
        return v;
    }

    private Node scalar(ScalarEvent e, String path) throws InputException {
        values++;
        String v = e.getValue();
        int line = line(e);
        int col = column(e);
        if (v.length() > InputLimits.MAX_STRING_CHARS) {
            throw InputException.limit(source, line, col, path, String.format(Locale.ROOT,
                    "the value is %,d characters long; a string is limited to %,d", v.length(), InputLimits.MAX_STRING_CHARS));
        }
        Optional<String> tag = e.getTag();
        if (tag.isEmpty()) {
            return e.isPlain() ? plain(v, line, col, path) : new Node.Str(line, col, path, v);
        }
        switch (tag.get()) {
            case "tag:yaml.org,2002:int":
                return number(v) == INTEGER ? plain(v, line, col, path) : new Node.Str(line, col, path, v);
            case "tag:yaml.org,2002:float":
                if (plain(v, line, col, path) instanceof Node.Num n) {
                    return new Node.Num(line, col, path, n.value(), v, false);
                }
                return new Node.Str(line, col, path, v);
            case "tag:yaml.org,2002:bool":
                return "true".equalsIgnoreCase(v) || "false".equalsIgnoreCase(v)
                        ? new Node.Bool(line, col, path, "true".equalsIgnoreCase(v)) : new Node.Str(line, col, path, v);
            case "tag:yaml.org,2002:null":
                return new Node.Null(line, col, path);
            default:
                return new Node.Str(line, col, path, v);
        }
    }

    /** A plain scalar typed by YAML 1.2's JSON schema. */
    private static Node plain(String v, int line, int col, String path) {
        if (v.isEmpty()) {
            return new Node.Null(line, col, path);
        }
        // by the first character: most values are names or numbers, neither of which is a word below
        char first = v.charAt(0);
        if (first == 'n' && v.equals("null")) {
            return new Node.Null(line, col, path);
        } else if (first == 't' && v.equals("true") || first == 'f' && v.equals("false")) {
            return new Node.Bool(line, col, path, first == 't');
        } else if (first == '.' && v.equals(".inf")) {
            return new Node.Num(line, col, path, Double.POSITIVE_INFINITY, v, false);
        } else if (first == '-' && v.equals("-.inf")) {
            return new Node.Num(line, col, path, Double.NEGATIVE_INFINITY, v, false);
        } else if (first == '.' && v.equals(".nan")) {
            return new Node.Num(line, col, path, Double.NaN, v, false);
        }
        int kind = first == '-' || first >= '0' && first <= '9' ? number(v) : NOT_A_NUMBER;
        if (kind == NOT_A_NUMBER) {
            return new Node.Str(line, col, path, v);
        }
        // an integer is exact (and -0 is 0) within a long; beyond it, rounded like any decimal
        double value = kind == INTEGER && v.length() <= 18 ? Long.parseLong(v) : Double.parseDouble(v);
        return new Node.Num(line, col, path, value, v, kind == INTEGER);
    }

    private static final int NOT_A_NUMBER = 0;
    private static final int INTEGER = 1;
    private static final int FLOAT = 2;

    /** Whether {@code v} is {@code -?(0|[1-9][0-9]*)}, that followed by a fraction or exponent, or neither. */
    private static int number(String v) {
        int n = v.length();
        int i = n > 0 && v.charAt(0) == '-' ? 1 : 0;
        if (i == n || !digit(v.charAt(i))) {
            return NOT_A_NUMBER;
        }
        if (v.charAt(i) == '0') {
            i++;
        } else {
            while (i < n && digit(v.charAt(i))) {
                i++;
            }
        }
        if (i == n) {
            return INTEGER;
        }
        if (v.charAt(i) == '.') {
            i++;
            while (i < n && digit(v.charAt(i))) {
                i++;
            }
        }
        if (i < n && (v.charAt(i) == 'e' || v.charAt(i) == 'E')) {
            i++;
            if (i < n && (v.charAt(i) == '+' || v.charAt(i) == '-')) {
                i++;
            }
            int digits = i;
            while (i < n && digit(v.charAt(i))) {
                i++;
            }
            if (i == digits) {
                return NOT_A_NUMBER;
            }
        }
        return i == n ? FLOAT : NOT_A_NUMBER;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int line(Event e) {
        Optional<Mark> m = e.getStartMark();
        return m.isPresent() ? m.get().getLine() + 1 : 0;
    }

    private static int column(Event e) {
        Optional<Mark> m = e.getStartMark();
        return m.isPresent() ? m.get().getColumn() + 1 : 0;
    }
}
