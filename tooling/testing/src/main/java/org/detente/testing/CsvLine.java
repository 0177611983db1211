package org.detente.testing;

import java.util.ArrayList;
import java.util.List;

/** Reads one CSV line (RFC 4180 quoting), to check what the writers write. */
public final class CsvLine {
    private CsvLine() {
    }

    /** The cells of a line: quoted cells unquoted, doubled quotes single. */
    public static List<String> parse(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
