package org.detente.cli;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.detente.model.Domain;
import org.detente.rehearsal.SessionResult;
import org.detente.rehearsal.SessionSink;
import org.detente.rehearsal.SessionSpec;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import org.detente.report.SessionJson;
import org.detente.report.TournamentSummary;

/**
 * A tournament's output directory: {@code sessions.jsonl} (the record), {@code sessions.csv} (the
 * same rows as CSV) and {@code summary.csv}, streamed as sessions finish and resumable.
 *
 * <p>Each finished session is appended as one whole line to {@code sessions.jsonl}, then to
 * {@code sessions.csv}, and flushed. On opening an existing directory, a trailing partial line of
 * {@code sessions.jsonl} (a kill mid-write) is cut off, repeated ids are dropped, and
 * {@code sessions.csv} is rebuilt from the JSON lines, so the two always agree; the sessions found
 * are not run again. A fingerprint of the plan guards against resuming a different tournament into
 * the same directory.
 */
final class ResultFiles implements SessionSink, Closeable {
    static final String JSONL = "sessions.jsonl";
    static final String CSV = "sessions.csv";
    static final String SUMMARY = "summary.csv";
    private static final String PLAN = "plan.txt";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path dir;
    private final int parties;
    private final Map<String, Domain> domains;
    private final Map<String, JsonNode> records = new LinkedHashMap<>();
    private BufferedWriter jsonl;
    private BufferedWriter csv;

    private ResultFiles(Path dir, int parties, Map<String, Domain> domains) {
        this.dir = dir;
        this.parties = parties;
        this.domains = domains;
    }

    /**
     * Opens (or creates) the directory, recovering what a previous run finished.
     *
     * @param dir         the output directory
     * @param fingerprint what identifies the plan
     * @param parties     the most parties of any scenario (CSV columns)
     * @param domains     scenario name → domain, to label outcomes
     * @throws IOException if the directory cannot be used, or holds another tournament's results
     */
    static ResultFiles open(Path dir, String fingerprint, int parties, Map<String, Domain> domains) throws IOException {
        Files.createDirectories(dir);
        Path plan = dir.resolve(PLAN);
        if (Files.exists(plan)) {
            if (!Files.readString(plan, StandardCharsets.UTF_8).equals(fingerprint)) {
                throw new IOException(dir + " holds the results of a different tournament (" + plan
                        + " differs); choose another --out directory");
            }
        } else {
            Files.writeString(plan, fingerprint, StandardCharsets.UTF_8);
        }
        ResultFiles f = new ResultFiles(dir, parties, domains);
        f.recover();
        return f;
    }

    private void recover() throws IOException {
        Path j = dir.resolve(JSONL);
        if (Files.exists(j)) {
            cutPartialLine(j);
            boolean dirty = false;
            for (String line : Files.readAllLines(j, StandardCharsets.UTF_8)) {
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (RuntimeException e) {
                    dirty = true;
                    continue;
                }
                if (node == null || !node.has("session") || records.putIfAbsent(node.get("session").asString(), node) != null) {
                    dirty = true;
                }
            }
            if (dirty) {
                rewrite(j, records.values().stream().map(JsonNode::toString).toList());
            }
        }
        List<String> rows = new ArrayList<>();
        rows.add(header());
        for (JsonNode n : records.values()) {
            rows.add(csvRow(n));
        }
        rewrite(dir.resolve(CSV), rows);
        jsonl = Files.newBufferedWriter(j, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        csv = Files.newBufferedWriter(dir.resolve(CSV), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private static void cutPartialLine(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--;
        }
        if (end < bytes.length) {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(end);
            }
        }
    }

    private void rewrite(Path file, List<String> lines) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, lines, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Ids of the sessions already finished. */
    java.util.Set<String> finished() {
        return java.util.Collections.unmodifiableSet(records.keySet());
    }

    /** Every record, in file order. */
    List<JsonNode> records() {
        return List.copyOf(records.values());
    }

    @Override
    public void accept(SessionSpec spec, SessionResult result) {
        if (records.containsKey(spec.id())) {
            return;
        }
        ObjectNode node = JsonMapper.builder().build().createObjectNode();
        node.put("session", spec.id());
        node.put("scenario", spec.scenario().name());
        String id = spec.id();
        node.put("repetition", Integer.parseInt(id.substring(id.lastIndexOf('/') + 1)));
        node.put("seed", spec.seed());
        node.setAll(SessionJson.result(domains.get(spec.scenario().name()),
                spec.scenario().negotiationCase().partyNames(), result));
        try {
            jsonl.write(node.toString() + "\n");
            jsonl.flush();
            csv.write(csvRow(node) + "\n");
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        records.put(spec.id(), node);
    }

    private String header() {
        List<String> h = new ArrayList<>(List.of("session", "scenario", "repetition"));
        for (int p = 1; p <= parties; p++) {
            h.add("agent_" + p);
        }
        h.addAll(List.of("agreement", "endedBy", "endedByParty", "reason", "rounds", "offers", "time"));
        for (int p = 1; p <= parties; p++) {
            h.add("utility_" + p);
        }
        h.addAll(List.of("paretoDistance", "nashDistance", "welfare", "seed"));
        return String.join(",", h);
    }

    private String csvRow(JsonNode n) {
        List<String> c = new ArrayList<>();
        c.add(n.get("session").asString());
        c.add(n.get("scenario").asString());
        c.add(n.get("repetition").asString());
        for (int p = 0; p < parties; p++) {
            c.add(p < n.get("agents").size() ? n.get("agents").get(p).asString() : "");
        }
        for (String k : List.of("agreement", "endedBy", "endedByParty", "reason", "rounds", "offers", "time")) {
            c.add(n.get(k).isNull() ? "" : n.get(k).asString());
        }
        for (int p = 0; p < parties; p++) {
            JsonNode u = n.get("utilities");
            c.add(p < u.size() && !u.get(p).isNull() ? u.get(p).asString() : "");
        }
        for (String k : List.of("paretoDistance", "nashDistance", "welfare", "seed")) {
            c.add(n.get(k).isNull() ? "" : n.get(k).asString());
        }
        var sb = new StringBuilder();
        for (String cell : c) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(cell.matches(".*[,\"\n\r].*") ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        return sb.toString();
    }

    /** Writes {@code summary.csv} (atomically): the header, then one row per agent. */
    void writeSummary(List<TournamentSummary.Totals> totals) throws IOException {
        List<String> rows = new ArrayList<>();
        rows.add(TournamentSummary.HEADER);
        rows.addAll(TournamentSummary.rows(totals));
        rewrite(dir.resolve(SUMMARY), rows);
    }

    @Override
    public void close() throws IOException {
        try (BufferedWriter a = jsonl; BufferedWriter b = csv) {
            // closes both
        }
    }
}
