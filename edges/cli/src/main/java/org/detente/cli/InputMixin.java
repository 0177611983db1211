package org.detente.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.detente.formats.any.CaseInputs;
import org.detente.formats.InputException;
import org.detente.formats.genius.GeniusOptions;
import org.detente.model.Issue;
import org.detente.model.NegotiationCase;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** Reads a case from the files named on the command line, whatever their format. */
final class InputMixin {
    @Option(names = "--real-intervals", paramLabel = "N",
            description = "GENIUS real issues: split each range into N equal intervals (N+1 values) so it can be enumerated (default: keep it continuous).")
    Integer realIntervals;

    NegotiationCase load(List<Path> files, CommandSpec spec) throws InputException {
        try {
            return read(files, spec);
        } catch (IOException e) {
            throw new InputException(files.get(0), 0, 0, "", "cannot be read: " + e.getMessage());
        }
    }

    /**
     * Reads a case whose outcomes the command must list: a real issue without a step is refused
     * with the fix that applies to the files given ({@code --real-intervals} for GENIUS files, a
     * step in a case file).
     */
    NegotiationCase loadEnumerable(List<Path> files, CommandSpec spec) throws InputException {
        NegotiationCase c = load(files, spec);
        for (Issue issue : c.domain().issues()) {
            if (!issue.enumerable()) {
                String fix = files.size() == 1 ? "give it a step in the case file ('step: ...')"
                        : "add --real-intervals N to cut each GENIUS real range into N equal intervals"
                                + " (N + 1 values; for instance --real-intervals 20)";
                throw new InputException(files.get(0), 0, 0, "issue '" + issue.name() + "'",
                        "a continuous real range, whose outcomes cannot be listed: " + fix);
            }
        }
        return c;
    }

    private NegotiationCase read(List<Path> files, CommandSpec spec) throws InputException, IOException {
        if (files.size() == 2) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "two files given: give one case file, or a domain file and one profile per party (at least two)");
        }
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new InputException(f, 0, 0, "", Files.exists(f) ? "not a regular file" : "no such file");
            }
        }
        return CaseInputs.read(files, realIntervals == null ? GeniusOptions.DEFAULT : new GeniusOptions(realIntervals));
    }
}
