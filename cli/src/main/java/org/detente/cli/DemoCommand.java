package org.detente.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;

import org.detente.formats.casefile.CaseFiles;
import org.detente.formats.casefile.Format;
import org.detente.model.NegotiationCase;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code detente demo}: the bundled example, analysed. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {
            "Analyse the bundled US–Russia example.",
            "",
            "US–Russia nuclear risk reduction (examples/arms-control.yaml): a small",
            "case on public facts — New START's limits and inspections, the 1963",
            "hotline, the 1988 launch-notification agreement — with illustrative",
            "preferences. Shows the frontier, the solution points, the ZOPA, what",
            "the status quo and a minimal deal leave on the table, and the trade-offs.",
            ""})
final class DemoCommand implements Callable<Integer> {
    static final String RESOURCE = "/org/detente/cli/examples/arms-control.yaml";

    @Option(names = "--json", description = "Print the analysis as JSON.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        NegotiationCase c = CaseFiles.read("examples/arms-control.yaml", text(), Format.YAML);
        var out = spec.commandLine().getOut();
        if (!json) {
            out.println("Détente demo — " + c.name());
            if (!c.description().isBlank()) {
                out.println(c.description().strip());
            }
            out.println();
        }
        return AnalyzeCommand.report(spec, c, org.detente.analysis.AnalysisOptions.defaults(), Map.of(), json, 15);
    }

    private static String text() throws IOException {
        try (InputStream in = DemoCommand.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("the bundled example " + RESOURCE + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
