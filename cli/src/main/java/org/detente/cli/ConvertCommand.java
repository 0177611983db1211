package org.detente.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.detente.formats.casefile.CaseFiles;
import org.detente.formats.genius.GeniusXml;
import org.detente.formats.geniusweb.GeniusWebJson;
import org.detente.model.NegotiationCase;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code detente convert}: between Détente case files, GENIUS XML and GeniusWeb JSON. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {
            "Convert between case files, GENIUS XML and GeniusWeb JSON.",
            "",
            "No outcome's utility changes. Inputs as for 'analyze'.",
            "--to native writes one case file (.yaml or .json, by --out's extension);",
            "--to genius and --to geniusweb write a domain file and one profile per",
            "party into the --out directory (created if missing). Each file is",
            "written whole or not at all. What a target format cannot express",
            "(red lines in GENIUS XML, for instance) is refused with exit 3.",
            ""},
        footer = {"",
            "Examples:",
            "  detente convert Jobs.xml Jobs_util1.xml Jobs_util2.xml \\",
            "      --to native --out jobs.yaml",
            "  detente convert examples/arms-control.yaml \\",
            "      --to geniusweb --out build/arms-control/",
            "",
            "Exit codes: 0 done · 2 usage error · 3 invalid input, or a preference",
            "the target format cannot express"})
final class ConvertCommand implements Callable<Integer> {
    /** Target formats. */
    enum Target { NATIVE, GENIUS, GENIUSWEB }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "A case file, or a domain file and one profile per party.")
    List<Path> files;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "Target format: ${COMPLETION-CANDIDATES}.",
            converter = TargetConverter.class)
    Target to;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "PATH", description = "Output file (native) or directory (genius, geniusweb).")
    Path out;

    @Mixin
    InputMixin input;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        NegotiationCase c = input.load(files, spec);
        List<Path> written;
        switch (to) {
            case NATIVE -> {
                CaseFiles.write(c, out);
                written = List.of(out);
            }
            case GENIUS -> {
                Files.createDirectories(out);
                written = GeniusXml.write(c, out);
            }
            case GENIUSWEB -> {
                Files.createDirectories(out);
                written = GeniusWebJson.write(c, out);
            }
            default -> throw new IllegalStateException("unknown target " + to);
        }
        var o = spec.commandLine().getOut();
        for (Path p : written) {
            o.println("wrote " + p);
        }
        o.flush();
        return ExitCode.OK;
    }

    /** Accepts target names in any case. */
    static final class TargetConverter implements CommandLine.ITypeConverter<Target> {
        @Override
        public Target convert(String value) {
            return Target.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT).replace("-", ""));
        }
    }
}
