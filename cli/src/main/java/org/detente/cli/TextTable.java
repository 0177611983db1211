package org.detente.cli;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with a header rule; numeric-looking cells are right-aligned. */
final class TextTable {
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

    String render(String indent) {
        int[] width = new int[headers.size()];
        boolean[] numeric = new boolean[headers.size()];
        java.util.Arrays.fill(numeric, true);
        for (int c = 0; c < width.length; c++) {
            width[c] = headers.get(c).length();
        }
        for (List<String> r : rows) {
            for (int c = 0; c < width.length; c++) {
                width[c] = Math.max(width[c], r.get(c).length());
                numeric[c] &= r.get(c).matches("[-+0-9.,%∞— ]*");
            }
        }
        var sb = new StringBuilder();
        line(sb, indent, headers, width, numeric);
        sb.append(indent);
        for (int c = 0; c < width.length; c++) {
            sb.append("─".repeat(width[c])).append(c + 1 < width.length ? "  " : "");
        }
        sb.append('\n');
        for (List<String> r : rows) {
            line(sb, indent, r, width, numeric);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String indent, List<String> cells, int[] width, boolean[] numeric) {
        sb.append(indent);
        for (int c = 0; c < width.length; c++) {
            String s = cells.get(c);
            String pad = " ".repeat(width[c] - s.length());
            boolean last = c + 1 == width.length;
            if (numeric[c]) {
                sb.append(pad).append(s);
            } else {
                sb.append(s).append(last ? "" : pad);
            }
            if (!last) {
                sb.append("  ");
            }
        }
        sb.append('\n');
    }
}
