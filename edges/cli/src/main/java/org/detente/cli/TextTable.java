package org.detente.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with a header rule; numeric-looking cells are right-aligned. When the table
 * would be wider than the terminal ({@link #width()}), a long text cell in the last column (a
 * package, say) is wrapped at its ", " separators onto continuation lines — never cut.
 */
final class TextTable {
    /** Width used when the terminal's is unknown. */
    static final int DEFAULT_WIDTH = 120;
    /** The last column is never wrapped narrower than this. */
    private static final int MIN_LAST = 40;

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(String... headers) {
        this.headers = List.of(headers);
    }

    TextTable row(String... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, table has " + headers.size());
        }
        rows.add(List.of(cells));
        return this;
    }

    /** The terminal's width: {@code COLUMNS} when set to a number, else {@value #DEFAULT_WIDTH}. */
    static int width() {
        String columns = System.getenv("COLUMNS");
        if (columns != null && columns.strip().matches("[0-9]{2,5}")) {
            return Integer.parseInt(columns.strip());
        }
        return DEFAULT_WIDTH;
    }

    String render(String indent) {
        return render(indent, width());
    }

    String render(String indent, int maxWidth) {
        int n = headers.size();
        int[] width = new int[n];
        boolean[] numeric = new boolean[n];
        java.util.Arrays.fill(numeric, true);
        for (int c = 0; c < n; c++) {
            width[c] = headers.get(c).length();
        }
        for (List<String> r : rows) {
            for (int c = 0; c < n; c++) {
                width[c] = Math.max(width[c], r.get(c).length());
                numeric[c] &= r.get(c).matches("[-+0-9.,%∞— ]*");
            }
        }
        int others = indent.length() + 2 * (n - 1);
        for (int c = 0; c < n - 1; c++) {
            others += width[c];
        }
        if (!numeric[n - 1] && others + width[n - 1] > maxWidth) {
            int wrapped = headers.get(n - 1).length();
            int room = Math.max(MIN_LAST, maxWidth - others);
            for (List<String> r : rows) {
                for (String part : wrap(r.get(n - 1), room)) {
                    wrapped = Math.max(wrapped, part.length());
                }
            }
            width[n - 1] = wrapped;
        }
        var sb = new StringBuilder();
        line(sb, indent, headers, width, numeric);
        sb.append(indent);
        for (int c = 0; c < n; c++) {
            sb.append("─".repeat(width[c])).append(c + 1 < n ? "  " : "");
        }
        sb.append('\n');
        for (List<String> r : rows) {
            line(sb, indent, r, width, numeric);
        }
        return sb.toString();
    }

    /**
     * The rows a table of {@code show} of {@code total} items lists: the first {@code show / 2}, then one
     * gap row counting what is left out (if anything is), then the rest of {@code show} from the end.
     *
     * @param kept  how many items are at hand, indexed from 0: all of them, or only the first and last
     *              ones a {@link org.detente.rehearsal.TraceWindow} kept
     * @param total how many there were
     * @param row   lists the item at an index
     * @param gap   lists the gap row, given how many items it stands for
     */
    static void window(int kept, long total, int show, java.util.function.IntConsumer row,
                       java.util.function.LongConsumer gap) {
        int head = Math.min(show / 2, kept);
        for (int i = 0; i < head; i++) {
            row.accept(i);
        }
        if (total > show) {
            gap.accept(total - show);
        }
        for (int i = Math.max(head, kept - (show - show / 2)); i < kept; i++) {
            row.accept(i);
        }
    }

    /**
     * Splits {@code text} into lines of at most {@code room} characters where possible: after its
     * ", " separators first, then at spaces; a single word longer than {@code room} stays whole.
     */
    static List<String> wrap(String text, int room) {
        if (text.length() <= room) {
            return new ArrayList<>(List.of(text));
        }
        List<String> pieces = new ArrayList<>();
        for (String part : text.split("(?<=, )")) {
            pieces.addAll(List.of(part.length() > room ? part.split("(?<= )") : new String[] {part}));
        }
        return fill(pieces.toArray(String[]::new), room);
    }

    /**
     * {@code first + text} wrapped to the terminal's width, continuation lines indented by
     * {@code hanging}; ends with a newline. For lists (a package: "issue value, issue value"): lines
     * break after a ", " where they can, so that an issue stays beside its value.
     */
    static String paragraph(String first, String text, String hanging) {
        return indented(first, wrap(text, room(first, hanging)), hanging);
    }

    /**
     * Prose ({@code first + text}) wrapped word by word to the terminal's width, continuation lines
     * indented by {@code hanging}; ends with a newline. A word longer than a line stays whole.
     */
    static String prose(String first, String text, String hanging) {
        return indented(first, fill(text.split("(?<= )"), room(first, hanging)), hanging);
    }

    private static int room(String first, String hanging) {
        return Math.max(MIN_LAST, width() - Math.max(first.length(), hanging.length()));
    }

    private static String indented(String first, List<String> lines, String hanging) {
        var sb = new StringBuilder();
        for (int k = 0; k < lines.size(); k++) {
            sb.append(k == 0 ? first : hanging).append(lines.get(k)).append('\n');
        }
        return sb.toString();
    }

    /** The pieces, in order, put on lines of at most {@code room} characters where each fits. */
    private static List<String> fill(String[] pieces, int room) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String piece : pieces) {
            if (current.length() > 0 && current.length() + piece.stripTrailing().length() > room) {
                lines.add(current.toString().stripTrailing());
                current.setLength(0);
            }
            current.append(piece);
        }
        if (current.length() > 0 || lines.isEmpty()) {
            lines.add(current.toString().stripTrailing());
        }
        return lines;
    }

    private static void line(StringBuilder sb, String indent, List<String> cells, int[] width, boolean[] numeric) {
        int n = width.length;
        List<String> last = wrap(cells.get(n - 1), width[n - 1]);
        for (int k = 0; k < last.size(); k++) {
            sb.append(indent);
            for (int c = 0; c < n; c++) {
                String s = c + 1 == n ? last.get(k) : k == 0 ? cells.get(c) : "";
                String pad = " ".repeat(Math.max(0, width[c] - s.length()));
                boolean isLast = c + 1 == n;
                if (numeric[c]) {
                    sb.append(pad).append(s);
                } else {
                    sb.append(s).append(isLast ? "" : pad);
                }
                if (!isLast) {
                    sb.append("  ");
                }
            }
            sb.append('\n');
        }
    }
}
