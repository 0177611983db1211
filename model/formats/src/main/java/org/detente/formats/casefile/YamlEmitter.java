package org.detente.formats.casefile;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes the case file's tree of plain values as readable YAML: block style for structure, flow
 * style ({@code [a, b]}, {@code {slope: 1, offset: 0}}) for short lists and small maps of scalars,
 * strings quoted only when they must be.
 */
final class YamlEmitter {
    private static final int WIDTH = 100;
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}\\p{M}_\\-./()' \u2013\u2014]*");
    private static final Set<String> RESERVED = Set.of("true", "false", "null", "yes", "no", "on", "off", "y", "n");

    private final StringBuilder out = new StringBuilder();

    private YamlEmitter() {
    }

    /** The YAML text of {@code root}, after the given comment lines (each written as {@code # line}). */
    static String emit(Map<String, Object> root, List<String> header, Map<String, String> sectionComments) {
        YamlEmitter e = new YamlEmitter();
        for (String line : header) {
            e.out.append(line.isEmpty() ? "#" : "# " + line).append('\n');
        }
        for (var entry : root.entrySet()) {
            String comment = sectionComments.get(entry.getKey());
            if (comment != null) {
                e.out.append('\n');
                for (String line : comment.split("\n")) {
                    e.out.append("# ").append(line).append('\n');
                }
            }
            e.member(0, entry.getKey(), entry.getValue());
        }
        return e.out.toString();
    }

    private void member(int indent, String key, Object value) {
        indent(indent);
        out.append(scalar(key)).append(':');
        if (value instanceof String text && literal(text)) {
            out.append(text.endsWith("\n") ? " |\n" : " |-\n");
            for (String line : text.split("\n")) {
                if (!line.isEmpty()) {
                    indent(indent + 2);
                    out.append(line);
                }
                out.append('\n');
            }
        } else if (isScalar(value) || fitsFlow(indent + key.length() + 2, value)) {
            out.append(' ').append(flow(value)).append('\n');
        } else if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            out.append('\n');
            block(indent + 2, map);
        } else if (value instanceof List<?> list && !list.isEmpty()) {
            out.append('\n');
            sequence(indent + 2, list);
        } else {
            out.append(' ').append(flow(value)).append('\n');
        }
    }

    private void block(int indent, Map<?, ?> map) {
        for (var e : map.entrySet()) {
            member(indent, (String) e.getKey(), e.getValue());
        }
    }

    private void sequence(int indent, List<?> list) {
        for (Object item : list) {
            boolean smallMap = !(item instanceof Map<?, ?> m) || m.size() <= 2;
            if (isScalar(item) || smallMap && fitsFlow(indent + 2, item)) {
                indent(indent);
                out.append("- ").append(flow(item)).append('\n');
            } else if (item instanceof Map<?, ?> map && !map.isEmpty()) {
                // first member on the dash's line, the others aligned under it
                boolean first = true;
                for (var e : map.entrySet()) {
                    if (first) {
                        indent(indent);
                        out.append("- ");
                        int mark = out.length();
                        member(0, (String) e.getKey(), e.getValue());
                        fixNested(mark, indent + 2);
                        first = false;
                    } else {
                        member(indent + 2, (String) e.getKey(), e.getValue());
                    }
                }
            } else {
                indent(indent);
                out.append("-\n");
                sequence(indent + 2, (List<?>) item);
            }
        }
    }

    /** Re-indents the lines written since {@code mark} (after the first) by {@code by} spaces. */
    private void fixNested(int mark, int by) {
        String written = out.substring(mark);
        int nl = written.indexOf('\n');
        if (nl < 0 || nl == written.length() - 1) {
            return;
        }
        String pad = " ".repeat(by);
        String rest = written.substring(nl + 1);
        StringBuilder shifted = new StringBuilder();
        for (String line : rest.split("\n", -1)) {
            if (!line.isEmpty()) {
                shifted.append(pad).append(line);
            }
            shifted.append('\n');
        }
        shifted.setLength(shifted.length() - 1);
        out.setLength(mark + nl + 1);
        out.append(shifted);
    }

    /** Whether a string is best written as a literal block: several lines, nothing a block would lose. */
    private static boolean literal(String s) {
        if (!s.contains("\n") || s.endsWith("\n\n") || s.startsWith("\n")) {
            return false;
        }
        for (String line : s.split("\n")) {
            if (line.startsWith(" ") || line.startsWith("\t") || line.endsWith(" ") || line.endsWith("\t")) {
                return false;
            }
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c < 0x20 || c == 0x7f || c == '\ufeff') {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean fitsFlow(int used, Object value) {
        return flowable(value, 3) && used + flow(value).length() <= WIDTH;
    }

    /** Small enough to read on one line: scalars, lists of scalars or lists, maps of at most four members. */
    private static boolean flowable(Object value, int depth) {
        if (value instanceof Map<?, ?> map) {
            return depth > 0 && map.size() <= 4 && map.values().stream().allMatch(v -> flowable(v, depth - 1));
        }
        if (value instanceof List<?> list) {
            return depth > 0 && list.stream().allMatch(v -> !(v instanceof Map) && flowable(v, depth - 1));
        }
        return true;
    }

    private static boolean isScalar(Object v) {
        return !(v instanceof Map) && !(v instanceof List);
    }

    private static String flow(Object v) {
        if (v instanceof Map<?, ?> map) {
            StringBuilder sb = new StringBuilder("{");
            for (var e : map.entrySet()) {
                if (sb.length() > 1) {
                    sb.append(", ");
                }
                sb.append(scalar(e.getKey())).append(": ").append(flow(e.getValue()));
            }
            return sb.append('}').toString();
        }
        if (v instanceof List<?> list) {
            StringBuilder sb = new StringBuilder("[");
            for (Object item : list) {
                if (sb.length() > 1) {
                    sb.append(", ");
                }
                sb.append(flow(item));
            }
            return sb.append(']').toString();
        }
        return scalar(v);
    }

    /** A scalar: numbers and booleans as they are, strings plain when safe, double-quoted otherwise. */
    static String scalar(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Double d) {
            return Double.toString(d);
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        String s = v.toString();
        if (PLAIN.matcher(s).matches() && !s.endsWith(" ") && !RESERVED.contains(s.toLowerCase(Locale.ROOT))) {
            return s;
        }
        return quote(s);
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private void indent(int n) {
        out.append(" ".repeat(n));
    }
}
