package org.detente.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.detente.formats.any.Export;
import org.detente.formats.casefile.CaseFiles;
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
            "written whole or not at all. What GENIUS or GeniusWeb cannot hold",
            "(red lines, named deals, the preparation; in GeniusWeb also discount",
            "factors and reservation values no outcome's utility equals) stops",
            "the conversion with exit 3 and the list; --drop-unsupported writes",
            "the files without it and lists on stderr what was dropped.",
            ""},
        footer = {"",
            "Examples:",
            "  detente convert Jobs.xml Jobs_util1.xml Jobs_util2.xml \\",
            "      --to native --out jobs.yaml",
            "  detente convert examples/arms-control.yaml \\",
            "      --to geniusweb --drop-unsupported --out build/arms-control/",
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

    @Option(names = "--drop-unsupported",
            description = "GENIUS and GeniusWeb: write without what the format cannot hold, listed on stderr.")
    boolean dropUnsupported;

    @Mixin
    InputMixin input;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        NegotiationCase c = input.load(files, spec);
        List<Path> written;
        var err = spec.commandLine().getErr();
        if (to == Target.NATIVE) {
            CaseFiles.write(c, out);
            written = List.of(out);
        } else {
            Export.Target target = to == Target.GENIUS ? Export.Target.GENIUS : Export.Target.GENIUSWEB;
            List<String> lost = Export.unsupported(c, target);
            if (!lost.isEmpty() && !dropUnsupported) {
                err.println("detente: invalid input: " + files.get(0) + ": " + target.label() + " cannot hold "
                        + lost.size() + (lost.size() == 1 ? " part" : " parts") + " of this case (nothing written;"
                        + " --drop-unsupported writes the files without them):");
                lost.forEach(line -> err.println("detente:   " + line));
                err.flush();
                return ExitCode.INVALID_INPUT;
            }
            written = Export.write(c, target, out, dropUnsupported);
            if (!lost.isEmpty()) {
                err.println("detente: dropped, as " + target.label() + " cannot hold them:");
                lost.forEach(line -> err.println("detente:   " + line));
                err.flush();
            }
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
