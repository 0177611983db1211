package org.detente.formats.genius;

import java.util.ArrayList;
import java.util.List;

/** A tiny indenting XML writer: elements with attributes, no text content. */
final class XmlOut {
    private final StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    private final List<String> open = new ArrayList<>();

    /** Opens an element; attributes come as name, value pairs. */
    XmlOut open(String tag, String... attrs) {
        start(tag, attrs);
        sb.append(">\n");
        open.add(tag);
        return this;
    }

    /** Writes an empty element. */
    XmlOut empty(String tag, String... attrs) {
        start(tag, attrs);
        sb.append("/>\n");
        return this;
    }

    /** Closes the innermost open element. */
    XmlOut close() {
        String tag = open.remove(open.size() - 1);
        indent();
        sb.append("</").append(tag).append(">\n");
        return this;
    }

    @Override
    public String toString() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed element <" + open.get(open.size() - 1) + ">");
        }
        return sb.toString();
    }

    private void start(String tag, String... attrs) {
        indent();
        sb.append('<').append(tag);
        for (int i = 0; i + 1 < attrs.length; i += 2) {
            sb.append(' ').append(attrs[i]).append("=\"");
            escape(attrs[i + 1]);
            sb.append('"');
        }
    }

    private void indent() {
        sb.append("  ".repeat(open.size()));
    }

    private void escape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\n' -> sb.append("&#10;");
                case '\r' -> sb.append("&#13;");
                case '\t' -> sb.append("&#9;");
                default -> {
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                        throw new IllegalArgumentException("the text '" + s + "' holds a character XML cannot carry (U+"
                                + String.format("%04X", (int) c) + ")");
                    }
                    sb.append(c);
                }
            }
        }
    }
}
