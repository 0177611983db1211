package org.detente.cli;

import org.detente.analysis.AnalysisOptions;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options shared by the commands that analyse. */
final class AnalysisMixin {
    @Option(names = "--max-outcomes", paramLabel = "N", defaultValue = "50000000",
            description = "Largest number of outcomes to enumerate (default ${DEFAULT-VALUE}; 8 bytes per outcome per party). Beyond it an analysis that must enumerate stops with exit 4.")
    long maxOutcomes;

    @Option(names = "--method", paramLabel = "M", defaultValue = "AUTO",
            description = "Frontier method: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}: additive merge when every party is linear additive; otherwise enumeration within --max-outcomes, branch and bound beyond).")
    AnalysisOptions.FrontierMethod method;

    @Option(names = "--max-search-nodes", paramLabel = "N", defaultValue = "20000000",
            description = "Budget of the exact branch-and-bound frontier search used for non-additive preferences beyond --max-outcomes (default ${DEFAULT-VALUE}, about 15 s). Beyond it the analysis stops with exit 4.")
    long maxSearchNodes;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** The options; a --max-outcomes no array can hold is a usage error naming the largest. */
    AnalysisOptions options() {
        OptionRanges.check(mixee, maxOutcomes, 1, AnalysisOptions.LARGEST_MAX_OUTCOMES, "--max-outcomes");
        return new AnalysisOptions(maxOutcomes, method, maxSearchNodes);
    }
}
