package org.detente.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run of the launchers' class-data-sharing archive: run once with
 * {@code -XX:ArchiveClassesAtExit}, it loads the classes of the everyday commands — help and
 * version, the case file, GENIUS XML and GeniusWeb JSON readers, the analysis, a negotiation, a
 * conversion — on the bundled examples, so that later starts map them from the archive instead of
 * loading them. It prints nothing and writes only into a temporary folder it removes.
 */
final class Warmup {
    private static final String EXAMPLES = "/org/detente/cli/examples/";
    private static final String[] FILES = {"apartment-lease.yaml", "genius/energy/energy_domain.xml",
        "genius/energy/energy_consumer.xml", "genius/energy/energy_distributor.xml"};

    private Warmup() {
    }

    /** Runs the training commands; exits 0 when every one succeeded, 1 otherwise. */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("detente-warmup");
        boolean ok;
        try {
            ok = train(dir);
        } finally {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path f : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
        System.exit(ok ? 0 : 1);
    }

    /** Runs the training commands in a scratch folder; true when every one succeeded. */
    static boolean train(Path dir) throws IOException {
        List<String> p = new ArrayList<>();
        for (String f : FILES) {
            Path target = dir.resolve(f.replace('/', '-'));
            try (InputStream in = Warmup.class.getResourceAsStream(EXAMPLES + f)) {
                if (in == null) {
                    throw new IOException("missing bundled example " + f);
                }
                Files.copy(in, target);
            }
            p.add(target.toString());
        }
        String[][] commands = {
            {"--version"},
            {"help", "analyze"},
            {"analyze", p.get(0)},
            {"analyze", p.get(0), "--json"},
            {"analyze", p.get(1), p.get(2), p.get(3)},
            {"negotiate", p.get(0), "--agents", "boulware,strategist", "--rounds", "20", "--seed", "1"},
        };
        boolean ok = true;
        for (String[] command : commands) {
            ok &= Main.run(quiet(), quiet(), command) == ExitCode.OK;
        }
        StringWriter wrote = new StringWriter();
        ok &= Main.run(new PrintWriter(wrote), quiet(), "convert", p.get(1), p.get(2), p.get(3), "--to", "geniusweb",
                "--out", dir.resolve("web").toString()) == ExitCode.OK;
        List<String> again = new ArrayList<>(List.of("analyze"));
        wrote.toString().lines().map(l -> l.replaceFirst("^wrote ", "")).forEach(again::add);
        return ok && Main.run(quiet(), quiet(), again.toArray(String[]::new)) == ExitCode.OK;
    }

    private static PrintWriter quiet() {
        return new PrintWriter(Writer.nullWriter());
    }
}
