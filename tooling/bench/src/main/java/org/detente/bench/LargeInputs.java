package org.detente.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.detente.formats.casefile.CaseFiles;
import org.detente.model.NegotiationCase;

/**
 * Writes the inputs of the "Large inputs" measurements in {@code docs/benchmarks.md}: a two-party
 * case with one discrete issue of 100,000 values, nearly opposed ({@link BenchCases}, seeded),
 * reservation values 0.1, as a YAML and a JSON case file. The GENIUS files are made from it with
 * {@code detente convert}.
 *
 * <pre>java -cp tooling/bench/target/benchmarks.jar org.detente.bench.LargeInputs DIR</pre>
 */
public final class LargeInputs {
    /** Values of the discrete issue. */
    static final int VALUES = 100_000;

    private LargeInputs() {
    }

    /** Writes {@code discrete-100k.yaml} and {@code discrete-100k.json} into the folder given (made if missing). */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: LargeInputs DIR");
            System.exit(2);
        }
        Path dir = Files.createDirectories(Path.of(args[0]));
        NegotiationCase c = BenchCases.of(1, VALUES, BenchCases.Shape.OPPOSED, 0.1);
        for (String name : new String[] {"discrete-100k.yaml", "discrete-100k.json"}) {
            Path file = dir.resolve(name);
            CaseFiles.write(c, file);
            System.out.printf("%s: %,d bytes%n", file, Files.size(file));
        }
    }
}
