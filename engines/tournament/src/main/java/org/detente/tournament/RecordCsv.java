package org.detente.tournament;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * A {@link SessionRecord} as a row of {@code sessions.csv}: the record's keys in {@link #columns}
 * order, the agents and the utilities one column per party ({@code agent_1}, {@code utility_1}, …),
 * each value written as in the JSON line, empty for null. The outcome, its index, the party names
 * and the undiscounted utilities stay in the JSON lines only. A single-text tournament's CSV has a
 * {@code mediator} column before the agents; an alternating-offers tournament's has none, as before
 * mediation existed (a tournament runs one protocol, so each file has one fixed set of columns).
 */
final class RecordCsv {
    /** The keys an alternating-offers tournament's CSV has, in column order. */
    private static final List<RecordKey> COLUMNS = List.of(RecordKey.SESSION, RecordKey.SCENARIO, RecordKey.REPETITION,
            RecordKey.AGENTS, RecordKey.AGREEMENT, RecordKey.ENDED_BY, RecordKey.ENDED_BY_PARTY, RecordKey.REASON,
            RecordKey.ROUNDS, RecordKey.OFFERS, RecordKey.TIME, RecordKey.UTILITIES, RecordKey.PARETO_DISTANCE,
            RecordKey.NASH_DISTANCE, RecordKey.WELFARE, RecordKey.SEED);
    /** The keys a single-text tournament's CSV has, in column order: the mediator before the agents. */
    private static final List<RecordKey> MEDIATED_COLUMNS = mediated();
    /** The list keys written one column per party, and their columns' prefix. */
    private static final Map<RecordKey, String> PER_PARTY = Map.of(RecordKey.AGENTS, "agent_",
            RecordKey.UTILITIES, "utility_");

    private RecordCsv() {
    }

    private static List<RecordKey> mediated() {
        List<RecordKey> out = new ArrayList<>(COLUMNS);
        out.add(out.indexOf(RecordKey.AGENTS), RecordKey.MEDIATOR);
        return List.copyOf(out);
    }

    /** The keys the CSV has, in column order: with {@code mediator} for a single-text tournament. */
    public static List<RecordKey> columns(boolean mediated) {
        return mediated ? MEDIATED_COLUMNS : COLUMNS;
    }

    /**
     * The header line.
     *
     * @param parties  the most parties of any scenario (the per-party columns)
     * @param mediated whether the tournament is single-text (a {@code mediator} column)
     */
    public static String header(int parties, boolean mediated) {
        List<String> h = new ArrayList<>();
        for (RecordKey k : columns(mediated)) {
            String prefix = PER_PARTY.get(k);
            if (prefix == null) {
                h.add(k.key());
            } else {
                for (int p = 1; p <= parties; p++) {
                    h.add(prefix + p);
                }
            }
        }
        return String.join(",", h);
    }

    /**
     * A record's line (empty cells for the parties its scenario lacks).
     *
     * @param parties  the most parties of any scenario
     * @param mediated whether the tournament is single-text (a {@code mediator} column)
     */
    public static String row(SessionRecord r, int parties, boolean mediated) {
        JsonNode n = RecordJson.tree(r);
        List<String> cells = new ArrayList<>();
        for (RecordKey k : columns(mediated)) {
            JsonNode v = n.get(k.key());
            if (v == null) {
                cells.add("");
                continue;
            }
            if (PER_PARTY.containsKey(k)) {
                for (int p = 0; p < parties; p++) {
                    cells.add(p < v.size() ? text(v.get(p)) : "");
                }
            } else {
                cells.add(text(v));
            }
        }
        return line(cells);
    }

    private static String text(JsonNode v) {
        return v.isNull() ? "" : v.asString();
    }

    /** Cells joined by commas, each quoted if it holds a comma, a quote or a line break. */
    public static String line(List<String> cells) {
        var sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (i > 0) {
                sb.append(',');
            }
            sb.append(needsQuotes(cell) ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        return sb.toString();
    }

    private static boolean needsQuotes(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
