package org.detente.tournament;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.detente.model.Domain;
import org.detente.rehearsal.SessionResult;
import org.detente.rehearsal.SessionSink;
import org.detente.rehearsal.SessionSpec;

/**
 * A tournament's output directory: {@code sessions.jsonl} (the record), {@code sessions.csv} (the
 * same rows as CSV) and {@code summary.csv} (and, for a single-text tournament,
 * {@code mediators.csv}), streamed as sessions finish and resumable.
 *
 * <p>Each finished session is appended as one whole line to {@code sessions.jsonl}, then to
 * {@code sessions.csv}, and flushed. On opening an existing directory, the lines of
 * {@code sessions.jsonl} that cannot be kept — a trailing partial line (a kill mid-write), a line
 * that does not read as a {@link SessionRecord}, a repeated session id — are removed and listed in
 * {@link #dropped()}, and {@code sessions.csv} is rebuilt from the JSON lines, so the two always
 * agree; the sessions found are not run again, those dropped are. A fingerprint of the plan guards
 * against resuming a different tournament into the same directory.
 */
public final class ResultStore implements SessionSink, Closeable {
    /** The record, one JSON object per line. */
    public static final String JSONL = "sessions.jsonl";
    /** The same rows as CSV. */
    public static final String CSV = "sessions.csv";
    /** One row per agent. */
    public static final String SUMMARY = "summary.csv";
    /** One row per mediator, in a single-text tournament. */
    public static final String MEDIATORS = "mediators.csv";
    private static final String PLAN = "plan.txt";
    private static final String LOCK = ".lock";

    private final Path dir;
    private final int parties;
    private final boolean mediated;
    private final Map<String, Domain> domains;
    private final Map<String, SessionRecord> records = new LinkedHashMap<>();
    private final List<String> dropped = new ArrayList<>();
    private final FileChannel lock;
    private BufferedWriter jsonl;
    private BufferedWriter csv;

    private ResultStore(Path dir, FileChannel lock, int parties, boolean mediated, Map<String, Domain> domains) {
        this.dir = dir;
        this.lock = lock;
        this.parties = parties;
        this.mediated = mediated;
        this.domains = Map.copyOf(domains);
    }

    /**
     * Opens (or creates) the directory, recovering what a previous run finished.
     *
     * @param dir         the output directory
     * @param fingerprint what identifies the plan
     * @param parties     the most parties of any scenario (CSV columns)
     * @param mediated    whether the tournament is single-text (a {@code mediator} CSV column)
     * @param domains     scenario name → domain, to label outcomes
     * @throws IOException if the directory cannot be used, or holds another tournament's results
     */
    public static ResultStore open(Path dir, String fingerprint, int parties, boolean mediated,
                                   Map<String, Domain> domains) throws IOException {
        Files.createDirectories(dir);
        FileChannel lock = lock(dir);
        try {
            Path plan = dir.resolve(PLAN);
            if (Files.exists(plan)) {
                if (!Files.readString(plan, StandardCharsets.UTF_8).equals(fingerprint)) {
                    throw new IOException(dir + " holds the results of a different tournament (" + plan
                            + " differs); choose another --out directory");
                }
            } else if (Files.exists(dir.resolve(JSONL)) && Files.size(dir.resolve(JSONL)) > 0) {
                throw new IOException(dir + " holds results but no " + PLAN + ", so which tournament they belong to"
                        + " is unknown; choose another --out directory");
            } else {
                Files.writeString(plan, fingerprint, StandardCharsets.UTF_8);
            }
            ResultStore s = new ResultStore(dir, lock, parties, mediated, domains);
            s.recover();
            return s;
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Takes the directory's lock (released when the store closes, or by the system when its process
     * dies, so a killed run's lock is taken over), writing who holds it.
     *
     * @throws IOException if another run holds it (naming the holder)
     */
    private static FileChannel lock(Path dir) throws IOException {
        Path file = dir.resolve(LOCK);
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock held;
        try {
            held = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            held = null;
        }
        if (held == null) {
            ch.close();
            String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
            throw new IOException(dir + " is in use by another run (" + (holder.isEmpty() ? "unknown" : holder)
                    + "); wait for it to end, or choose another --out directory");
        }
        ch.truncate(0);
        ch.write(StandardCharsets.UTF_8.encode("process " + ProcessHandle.current().pid() + ", since "
                + java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + "\n"));
        ch.force(false);
        return ch;
    }

    private void recover() throws IOException {
        Path j = dir.resolve(JSONL);
        if (Files.exists(j)) {
            boolean dirty = cutPartialLine(j);
            List<String> lines = Files.readAllLines(j, StandardCharsets.UTF_8);
            if (dirty) {
                dropped.add(j + " line " + (lines.size() + 1) + " is incomplete (the run stopped while writing it);"
                        + " its session runs again");
            }
            for (int i = 0; i < lines.size(); i++) {
                String where = j + " line " + (i + 1);
                SessionRecord r;
                try {
                    r = RecordJson.read(lines.get(i));
                } catch (IllegalArgumentException e) {
                    dropped.add(where + " cannot be read (" + e.getMessage() + "); its session runs again");
                    dirty = true;
                    continue;
                }
                if (records.putIfAbsent(r.session(), r) != null) {
                    dropped.add(where + " repeats session " + r.session() + "; the first is kept");
                    dirty = true;
                }
            }
            if (dirty) {
                rewrite(j, records.values().stream().map(RecordJson::line).toList());
            }
        }
        openWriters();
    }

    /** Rebuilds {@code sessions.csv} from the records and opens both files for appending. */
    private void openWriters() throws IOException {
        List<String> rows = new ArrayList<>();
        rows.add(RecordCsv.header(parties, mediated));
        for (SessionRecord r : records.values()) {
            rows.add(RecordCsv.row(r, parties, mediated));
        }
        rewrite(dir.resolve(CSV), rows);
        jsonl = Files.newBufferedWriter(dir.resolve(JSONL), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        csv = Files.newBufferedWriter(dir.resolve(CSV), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    /** Cuts a trailing line without its line break; whether there was one. */
    private static boolean cutPartialLine(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--;
        }
        if (end == bytes.length) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(end);
        }
        return true;
    }

    private static void rewrite(Path file, List<String> lines) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, lines, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * What opening left out of {@code sessions.jsonl}, one message each ({@code DIR/sessions.jsonl
     * line N …}): a line that is incomplete or cannot be read leaves its session unfinished, so it
     * runs again; a repeated session keeps its first line.
     */
    public List<String> dropped() {
        return List.copyOf(dropped);
    }

    /** Ids of the sessions already finished. */
    public Set<String> finished() {
        return Collections.unmodifiableSet(records.keySet());
    }

    /**
     * The sessions of the plan not finished yet, in plan order. A record of a session the plan does
     * not hold is removed from the files and named in {@link #dropped()}, never counted.
     *
     * @throws UncheckedIOException if the files cannot be rewritten
     */
    public List<SessionSpec> unfinished(List<SessionSpec> plan) {
        Set<String> ids = new java.util.HashSet<>();
        plan.forEach(p -> ids.add(p.id()));
        List<String> foreign = records.keySet().stream().filter(id -> !ids.contains(id)).toList();
        if (!foreign.isEmpty()) {
            foreign.forEach(records::remove);
            foreign.forEach(id -> dropped.add(dir.resolve(JSONL) + " holds session " + id
                    + ", which is not in this tournament's plan; it is removed"));
            try {
                jsonl.close();
                csv.close();
                rewrite(dir.resolve(JSONL), records.values().stream().map(RecordJson::line).toList());
                openWriters();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return plan.stream().filter(s -> !records.containsKey(s.id())).toList();
    }

    /** Every record, in file order. */
    public List<SessionRecord> records() {
        return List.copyOf(records.values());
    }

    @Override
    public void accept(SessionSpec spec, SessionResult result) {
        if (records.containsKey(spec.id())) {
            return;
        }
        SessionRecord r = SessionRecord.of(spec, domains.get(spec.scenario().name()), result);
        try {
            jsonl.write(RecordJson.line(r) + "\n");
            jsonl.flush();
            csv.write(RecordCsv.row(r, parties, mediated) + "\n");
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        records.put(spec.id(), r);
    }

    /** Writes {@code summary.csv} (atomically): the header, then one row per agent. */
    public void writeSummary(List<Totals> totals) throws IOException {
        List<String> rows = new ArrayList<>();
        rows.add(Totals.CSV_HEADER);
        totals.forEach(t -> rows.add(t.csv()));
        rewrite(dir.resolve(SUMMARY), rows);
    }

    /** Writes {@code mediators.csv} (atomically): the header, then one row per mediator. */
    public void writeMediatorSummary(List<Totals> totals) throws IOException {
        List<String> rows = new ArrayList<>();
        rows.add(Totals.MEDIATOR_CSV_HEADER);
        totals.forEach(t -> rows.add(t.csv()));
        rewrite(dir.resolve(MEDIATORS), rows);
    }

    @Override
    @SuppressWarnings("try") // the resources are declared only to be closed, in reverse order, each even if one fails
    public void close() throws IOException {
        try (FileChannel l = lock; BufferedWriter a = jsonl; BufferedWriter b = csv) {
            // closes the two files, then releases the lock
        }
    }
}
