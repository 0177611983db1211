package org.detente.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.detente.formats.any.CaseInputs;
import org.detente.formats.InputException;
import org.detente.formats.genius.GeniusOptions;
import org.detente.rehearsal.Scenario;

/**
 * A scenario as shipped to the workers: the bytes of its files (a case file, or a domain and its
 * profiles) under their file names, read once on the driver. A worker writes them to a temporary
 * folder and reads them with the same readers as the command line ({@link CaseInputs}), so it
 * prepares the same scenario from the same bytes; each worker JVM prepares a scenario once and keeps
 * the last {@value #KEPT} it prepared.
 */
final class ScenarioSource implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int KEPT = 16;
    private static final Map<String, Scenario> PREPARED = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Scenario> e) {
            return size() > KEPT;
        }
    };

    private final String name;
    private final List<String> fileNames;
    private final List<byte[]> contents;
    private final long maxOutcomes;
    private final String digest;

    private ScenarioSource(String name, List<String> fileNames, List<byte[]> contents, long maxOutcomes) {
        this.name = name;
        this.fileNames = List.copyOf(fileNames);
        this.contents = List.copyOf(contents);
        this.maxOutcomes = maxOutcomes;
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((name + '\n' + maxOutcomes + '\n').getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (int i = 0; i < fileNames.size(); i++) {
                md.update((fileNames.get(i) + '\n').getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update(contents.get(i));
            }
            this.digest = HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }

    /**
     * Reads the files of a scenario.
     *
     * @param name        the scenario's name
     * @param files       its files, in the order {@link CaseInputs#read} takes them
     * @param maxOutcomes the largest outcome space to prepare
     * @throws IOException if a file cannot be read
     */
    static ScenarioSource read(String name, List<Path> files, long maxOutcomes) throws IOException {
        List<String> names = new ArrayList<>();
        List<byte[]> bytes = new ArrayList<>();
        for (Path f : files) {
            names.add(f.getFileName().toString());
            bytes.add(Files.readAllBytes(f));
        }
        return new ScenarioSource(name, names, bytes, maxOutcomes);
    }

    /** The scenario's name. */
    String name() {
        return name;
    }

    /**
     * The prepared scenario: this JVM's copy if it has one, else prepared from the files now.
     *
     * @throws IllegalStateException if the files do not read as a case here (they did on the driver)
     */
    Scenario scenario() {
        synchronized (PREPARED) {
            Scenario s = PREPARED.get(digest);
            if (s == null) {
                s = prepare();
                PREPARED.put(digest, s);
            }
            return s;
        }
    }

    private Scenario prepare() {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("detente-scenario-");
            List<Path> paths = new ArrayList<>();
            for (int i = 0; i < fileNames.size(); i++) {
                // one folder per file, so that two files of the same name in different folders stay apart
                Path f = Files.createDirectory(dir.resolve(Integer.toString(i))).resolve(fileNames.get(i));
                Files.write(f, contents.get(i));
                paths.add(f);
            }
            return Scenario.prepare(name, CaseInputs.read(paths, GeniusOptions.DEFAULT), maxOutcomes);
        } catch (IOException e) {
            throw new UncheckedIOException("scenario '" + name + "': cannot write its files on this worker", e);
        } catch (InputException e) {
            throw new IllegalStateException("scenario '" + name + "' does not read on this worker: " + e.getMessage(), e);
        } finally {
            if (dir != null) {
                delete(dir);
            }
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the temporary folder " + dir, e);
        }
    }
}
