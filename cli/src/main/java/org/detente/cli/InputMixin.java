package org.detente.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.detente.formats.InputException;
import org.detente.formats.casefile.CaseFiles;
import org.detente.formats.genius.GeniusOptions;
import org.detente.formats.genius.GeniusXml;
import org.detente.formats.geniusweb.GeniusWebJson;
import org.detente.model.NegotiationCase;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** Reads a case from the files named on the command line, whatever their format. */
final class InputMixin {
    @Option(names = "--real-intervals", paramLabel = "N",
            description = "GENIUS real issues: split each range into N equal intervals (N+1 values) so it can be enumerated (default: keep it continuous).")
    Integer realIntervals;

    /** The formats a case can come in. */
    enum Kind { NATIVE, GENIUS, GENIUSWEB }

    static Kind kind(List<Path> files) {
        String first = files.get(0).getFileName().toString().toLowerCase(Locale.ROOT);
        if (files.size() == 1) {
            return Kind.NATIVE;
        }
        return first.endsWith(".xml") ? Kind.GENIUS : Kind.GENIUSWEB;
    }

    NegotiationCase load(List<Path> files, CommandSpec spec) throws InputException {
        try {
            return read(files, spec);
        } catch (IOException e) {
            throw new InputException(files.get(0), 0, 0, "", "cannot be read: " + e.getMessage());
        }
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
        List<Path> profiles = files.subList(1, files.size());
        return switch (kind(files)) {
            case NATIVE -> CaseFiles.read(files.get(0));
            case GENIUS -> realIntervals == null ? GeniusXml.readCase(files.get(0), profiles)
                    : GeniusXml.readCase(files.get(0), profiles, new GeniusOptions(realIntervals));
            case GENIUSWEB -> GeniusWebJson.readCase(files.get(0), profiles);
        };
    }
}
