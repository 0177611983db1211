package org.detente.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.detente.conflict.model.Conflict;
import org.detente.conflict.stability.StateSpace;
import org.detente.formats.InputException;
import org.detente.formats.gmcr.GmcrFiles;
import org.detente.report.ConflictJson;
import org.detente.report.ConflictReport;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code detente conflict}: graph-model stability analysis of a standoff. */
@Command(name = "conflict", mixinStandardHelpOptions = true,
        header = "Analyse a standoff (GMCR): stabilities, equilibria, paths.",
        description = {
            "Analyse a standoff with the graph model for conflict resolution",
            "(GMCR): every feasible state, each decision maker's rank of it, its",
            "stability for each decision maker under Nash (R), GMR, SMR, SEQ, SIM,",
            "SEQ∧SIM and limited move L(h), the equilibria, coalition Nash",
            "equilibria, and with --status-quo the paths from the status quo to",
            "each equilibrium.",
            "",
            "A large conflict is summarised: the key states, how many states are",
            "stable for each decision maker under each concept, counts in place of",
            "long lists of states, the routes to the strongest equilibria. --all",
            "lists everything; --json always gives every figure.",
            "",
            "With three or more decision makers the sanctions are exact: any legal",
            "sequence of the others' moves (no one moving twice in a row), not one",
            "move each.",
            "",
            "Files: a GMCR+ save file (.gmcr or .json) or Détente's conflict YAML",
            "(.yaml); see docs/conflict.md. States are numbered as GMCR+ does",
            "(option k = bit k of the decimal).",
            ""},
        footer = {"",
            "Examples:",
            "  detente conflict examples/conflict/cuban-missile-crisis.yaml",
            "  detente conflict examples/conflict/prisoners-dilemma.gmcr --json",
            "  detente conflict examples/conflict/us-russia-standoff.yaml --status-quo 1",
            "  detente conflict examples/conflict/us-russia-standoff.yaml \\",
            "      --status-quo 1 --all                   (every state and route)",
            "  detente conflict examples/conflict/chicken.yaml \\",
            "      --export chicken.gmcr                  (writes a GMCR+ save file)",
            "",
            "Exit codes: 0 done · 2 usage error · 3 invalid input · 4 limit exceeded"})
final class ConflictCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The conflict: .gmcr / .json (GMCR+) or .yaml / .yml (Détente).")
    Path file;

    @Option(names = "--json", description = "Print one JSON object (the machine contract) instead of tables.")
    boolean json;

    @Option(names = "--all", description = "List every state, every state number and every route. By default a conflict of more than " + ConflictText.WHOLE_TABLE + " states is summarised: the status quo and the Nash equilibria in the table, counts instead of lists of more than " + ConflictText.LIST + " states, and the routes to the equilibria under Nash, SEQ, SEQ∧SIM, L(h) or CNash.")
    boolean all;

    @Option(names = "--status-quo", paramLabel = "ID", description = "Add the status quo analysis from state ID: the reachable states and the paths to each equilibrium.")
    Integer statusQuo;

    @Option(names = "--horizon", paramLabel = "H", defaultValue = "2", description = "The horizon h of limited-move stability L(h) (default ${DEFAULT-VALUE}).")
    int horizon;

    @Option(names = "--no-coalitions", description = "Skip the coalition analysis (it searches each coalition's moves from every state).")
    boolean noCoalitions;

    @Option(names = "--export", paramLabel = "OUT", description = "Also write the conflict to OUT: a GMCR+ save file (.gmcr, .json) or Détente YAML (.yaml), by extension; written atomically.")
    Path export;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file, 0, 0, "", Files.exists(file) ? "not a regular file" : "no such file");
        }
        if (horizon < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--horizon must be at least 1, not " + horizon);
        }
        if (export != null) {
            try {
                GmcrFiles.Form.of(export);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--export: " + e.getMessage());
            }
        }
        Conflict conflict = GmcrFiles.read(file);
        int states = StateSpace.of(conflict).size();
        if (statusQuo != null && (statusQuo < 1 || statusQuo > states)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--status-quo " + statusQuo
                    + ": there is no such state (the feasible states are 1.." + states + ")");
        }
        ConflictReport report = ConflictReport.of(conflict, horizon, !noCoalitions, statusQuo);
        if (export != null) {
            GmcrFiles.write(conflict, export);
        }
        var out = spec.commandLine().getOut();
        out.print(json ? ConflictJson.render(report) + "\n" : ConflictText.render(report, all));
        out.flush();
        return ExitCode.OK;
    }
}
