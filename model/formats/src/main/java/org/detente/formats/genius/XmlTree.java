package org.detente.formats.genius;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.detente.formats.InputException;
import org.detente.formats.InputLimits;

/**
 * A small element tree read with StAX, each element remembering where it starts and its field
 * path. DTDs and external entities are refused before anything they name is read.
 *
 * <p>GENIUS's own parser is lenient; ours accepts one of its leniencies that occurs in shipped
 * files: comments (and whitespace) before the XML declaration. That prefix is skipped and the
 * reported line and column are shifted back so errors point into the original file.
 */
final class XmlTree {
    private XmlTree() {
    }

    /**
     * One element.
     *
     * @param tag      the element name
     * @param attrs    attributes in document order
     * @param children child elements in document order
     * @param text     the element's own text, trimmed
     * @param path     field path from the root, such as {@code utility_space/objective/issue[Price]}
     * @param line     1-based line of the start tag
     * @param column   1-based column of the start tag
     */
    record El(String tag, Map<String, String> attrs, List<El> children, String text, String path, int line,
              int column) {

        /** The attribute, or null. */
        String attr(String name) {
            return attrs.get(name);
        }

        /** Children with the given tag. */
        List<El> all(String childTag) {
            var list = new ArrayList<El>();
            for (El c : children) {
                if (c.tag.equals(childTag)) {
                    list.add(c);
                }
            }
            return list;
        }

        /** The first child with the given tag, or null. */
        El first(String childTag) {
            for (El c : children) {
                if (c.tag.equals(childTag)) {
                    return c;
                }
            }
            return null;
        }

        /** Field path of one attribute. */
        String at(String attribute) {
            return path + "@" + attribute;
        }
    }

    /** Parser events are turned into this while reading; paths are fixed once siblings are known. */
    private static final class Builder {
        final String tag;
        final Map<String, String> attrs;
        final int line;
        final int column;
        final List<Builder> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        Builder(String tag, Map<String, String> attrs, int line, int column) {
            this.tag = tag;
            this.attrs = attrs;
            this.line = line;
            this.column = column;
        }

        El build(String path) {
            var counts = new LinkedHashMap<String, Integer>();
            for (Builder c : children) {
                counts.merge(c.tag, 1, Integer::sum);
            }
            var seen = new LinkedHashMap<String, Integer>();
            var built = new ArrayList<El>();
            for (Builder c : children) {
                int k = seen.merge(c.tag, 1, Integer::sum);
                String name = c.attrs.get("name");
                String step;
                if (c.tag.equals("issue") && name != null) {
                    step = c.tag + "[" + name + "]";
                } else if (counts.get(c.tag) > 1) {
                    step = c.tag + "[" + k + "]";
                } else {
                    step = c.tag;
                }
                built.add(c.build(path + "/" + step));
            }
            return new El(tag, Collections.unmodifiableMap(attrs), List.copyOf(built), text.toString().trim(), path,
                    line, column);
        }
    }

    /**
     * Reads a file into a tree.
     *
     * @throws InputException if the file cannot be read, is not well-formed, or has a DOCTYPE
     */
    static El read(Path file) throws InputException {
        byte[] bytes = InputLimits.bytes(file);
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        int skip = prefixBeforeDeclaration(bytes, start);
        int lineShift = 0;
        int columnShift = 0;
        for (int i = 0; i < skip; i++) {
            if (bytes[i] == '\n') {
                lineShift++;
                columnShift = 0;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                columnShift++;
            }
        }
        if (start == 3 && lineShift == 0) {
            columnShift -= 1; // the BOM is not a column
        }
        int from = Math.max(start, skip);
        var shift = new Shift(file, lineShift, columnShift);
        String declared = declaredEncoding(bytes, from);
        if (declared != null && !declared.equalsIgnoreCase("UTF-8")) {
            var in = new ByteArrayInputStream(bytes, from, bytes.length - from);
            return parse(f -> f.createXMLStreamReader(file.toString(), in), file, shift);
        }
        // decoded here, so a byte that is not UTF-8 is one line naming the file, not the JDK's "[Fatal Error]"
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes, from, bytes.length - from);
        String text;
        try {
            text = decoder.decode(buffer).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(file, 0, 0, "", "the file is not valid UTF-8 text (first bad byte near offset "
                    + buffer.position() + "), and its XML declaration names no other encoding");
        }
        return parse(f -> f.createXMLStreamReader(file.toString(), new StringReader(text)), file, shift);
    }

    /** The encoding named by the XML declaration at {@code from}, or null when there is none. */
    private static String declaredEncoding(byte[] b, int from) {
        if (!startsWith(b, from, "<?xml")) {
            return null;
        }
        int end = indexOf(b, from, "?>");
        if (end < 0) {
            return null;
        }
        Matcher m = ENCODING.matcher(new String(b, from, end - from, StandardCharsets.ISO_8859_1));
        return m.find() ? m.group(1) : null;
    }

    private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    /** Opens the StAX reader on the input. */
    private interface Opener {
        XMLStreamReader open(XMLInputFactory f) throws XMLStreamException;
    }

    /** Maps parser positions back to positions in the original file. */
    private record Shift(Path file, int lines, int columns) {
        int line(Location loc) {
            return loc == null || loc.getLineNumber() <= 0 ? 0 : loc.getLineNumber() + lines;
        }

        int column(Location loc) {
            if (loc == null || loc.getColumnNumber() <= 0) {
                return 0;
            }
            return loc.getLineNumber() == 1 ? loc.getColumnNumber() + columns : loc.getColumnNumber();
        }

        InputException error(Location loc, String field, String problem) {
            return new InputException(file, line(loc), column(loc), field, problem);
        }
    }

    /**
     * Length of a prefix made only of whitespace and comments that is followed by an XML
     * declaration, or 0 when there is no such prefix (so the file is parsed as it is).
     */
    static int prefixBeforeDeclaration(byte[] b, int start) {
        int i = start;
        boolean sawComment = false;
        while (i < b.length) {
            byte c = b[i];
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                i++;
            } else if (startsWith(b, i, "<!--")) {
                int end = indexOf(b, i + 4, "-->");
                if (end < 0) {
                    return 0;
                }
                i = end + 3;
                sawComment = true;
            } else if (startsWith(b, i, "<?xml") && sawComment) {
                return i;
            } else {
                return 0;
            }
        }
        return 0;
    }

    private static boolean startsWith(byte[] b, int at, String s) {
        if (at + s.length() > b.length) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (b[at + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, int from, String s) {
        for (int i = from; i + s.length() <= b.length; i++) {
            if (startsWith(b, i, s)) {
                return i;
            }
        }
        return -1;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
        return f;
    }

    private static El parse(Opener opener, Path file, Shift shift) throws InputException {
        XMLStreamReader r = null;
        var stack = new ArrayList<Builder>();
        Builder root = null;
        try {
            r = opener.open(factory());
            while (r.hasNext()) {
                int ev = r.next();
                switch (ev) {
                    case XMLStreamConstants.DTD -> throw shift.error(r.getLocation(), "",
                            "a DOCTYPE declaration is not allowed (DTDs and entities are refused; nothing they name is read)");
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw shift.error(r.getLocation(), pathOf(stack),
                            "the entity reference '&" + r.getLocalName() + ";' is not allowed (DTDs and entities are refused)");
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (stack.size() >= InputLimits.MAX_NESTING) {
                            throw shift.error(r.getLocation(), "", "elements nest deeper than "
                                    + InputLimits.MAX_NESTING + " levels (a GENIUS file needs 4)");
                        }
                        var attrs = new LinkedHashMap<String, String>();
                        for (int k = 0; k < r.getAttributeCount(); k++) {
                            attrs.put(r.getAttributeLocalName(k), r.getAttributeValue(k));
                        }
                        Location loc = r.getLocation();
                        var b = new Builder(r.getLocalName(), attrs, shift.line(loc), shift.column(loc));
                        if (stack.isEmpty()) {
                            root = b;
                        } else {
                            stack.get(stack.size() - 1).children.add(b);
                        }
                        stack.add(b);
                    }
                    case XMLStreamConstants.END_ELEMENT -> stack.remove(stack.size() - 1);
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (!stack.isEmpty()) {
                            stack.get(stack.size() - 1).text.append(r.getText());
                        }
                    }
                    default -> {
                        // comments, processing instructions, whitespace: nothing to keep
                    }
                }
            }
        } catch (XMLStreamException e) {
            String msg = e.getMessage() == null ? "" : e.getMessage();
            int cut = msg.indexOf("Message: ");
            String plain = cut >= 0 ? msg.substring(cut + 9) : msg;
            if (plain.contains("must start and end within the same entity") || plain.contains("Premature end of file")) {
                throw shift.error(e.getLocation(), pathOf(stack), "the file ends before the XML is complete (truncated?)"
                        + (stack.isEmpty() ? "" : ": <" + stack.get(stack.size() - 1).tag + "> is not closed"));
            }
            if (plain.contains("DOCTYPE") || plain.toLowerCase(java.util.Locale.ROOT).contains("entity")) {
                throw shift.error(e.getLocation(), pathOf(stack),
                        "DOCTYPE declarations and entities are not allowed: " + plain.strip());
            }
            throw shift.error(e.getLocation(), pathOf(stack), "not well-formed XML: " + plain.strip());
        } finally {
            close(r, shift);
        }
        if (root == null) {
            throw new InputException(file, 0, 0, "", "the file holds no XML element");
        }
        return root.build(root.tag);
    }

    private static String pathOf(List<Builder> stack) {
        var sb = new StringBuilder();
        for (Builder b : stack) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(b.tag);
        }
        return sb.toString();
    }

    private static void close(XMLStreamReader r, Shift shift) throws InputException {
        if (r == null) {
            return;
        }
        try {
            r.close();
        } catch (XMLStreamException e) {
            throw shift.error(null, "", "cannot close the XML reader: " + e.getMessage());
        }
    }
}
