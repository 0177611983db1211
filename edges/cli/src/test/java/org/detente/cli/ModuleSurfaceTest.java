package org.detente.cli;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.detente.testing.ModuleSurface;
import org.junit.jupiter.api.Test;

/**
 * The exported surface of Détente's modules does not grow beyond what other modules use: every
 * public type of an exported package is used by another module's classes, or is one of the known
 * exceptions below, each with its reason. Run here because this module sees every other one (the
 * benchmarks and the Spark engine, on the class path, are not seen: what only they use is listed).
 */
class ModuleSurfaceTest {
    /** Public in an exported package, used by no other module's classes: why. */
    private static final Map<String, String> KNOWN = Map.ofEntries(
            entry("org.detente.analysis.FrontierSource", "formats' golden tests"),
            entry("org.detente.analysis.ParetoKernels", "the benchmarks"),
            entry("org.detente.analysis.Robustness", "track's property tests build a plan with it"),
            entry("org.detente.analysis.TwoLevel", "track's property tests build a plan with it"),
            entry("org.detente.track.Correlation", "the benchmarks, rehearsal's tests"),
            entry("org.detente.track.Tracker", "the benchmarks"),
            entry("org.detente.formats.InputLimits", "the format packages; the command line's tests"),
            entry("org.detente.formats.support.Problems", "the format packages (support is exported to brief and cli only)"),
            entry("org.detente.rehearsal.ActionTimer", "rehearsal.mediation"),
            entry("org.detente.rehearsal.PartyView", "rehearsal.mediation"),
            entry("org.detente.rehearsal.Timeline", "rehearsal.mediation"),
            entry("org.detente.rehearsal.TraceBuffer", "rehearsal.mediation"),
            entry("org.detente.rehearsal.Negotiation", "the benchmarks"),
            entry("org.detente.rehearsal.AgentProvider", "third-party agents implement it (ServiceLoader); tests"),
            entry("org.detente.rehearsal.agents.Pacing", "rehearsal.plan"),
            entry("org.detente.rehearsal.agents.TimeDependentBidding", "the benchmarks, rehearsal's tests"),
            entry("org.detente.rehearsal.mediation.Respondent", "rehearsal's tests"),
            entry("org.detente.tournament.RecordKey", "the Spark engine"),
            entry("org.detente.isolation.AgentHost", "the main class of the agent's child process, started by name"),
            entry("org.detente.brief.charts.FrontierChart", "brief.sections (charts is exported to web only)"),
            entry("org.detente.brief.charts.RehearsalCharts", "brief.sections (charts is exported to web only)"),
            entry("org.detente.brief.charts.RobustnessChart", "brief.sections (charts is exported to web only)"),
            entry("org.detente.brief.doc.Block", "brief's packages; the parts of a Document"),
            entry("org.detente.brief.doc.Markdown", "brief.BriefFiles"),
            entry("org.detente.web.store.Analyses", "web (store is exported to cli only)"),
            entry("org.detente.web.store.Briefs", "web (store is exported to cli only)"),
            entry("org.detente.web.store.Cases", "web (store is exported to cli only)"),
            entry("org.detente.web.store.Jobs", "web (store is exported to cli only)"),
            entry("org.detente.web.store.Plays", "web (store is exported to cli only)"),
            entry("org.detente.web.store.Rehearsals", "web (store is exported to cli only)"),
            entry("org.detente.web.store.Talks", "web (store is exported to cli only)"),
            entry("org.detente.web.store.Tournaments", "web (store is exported to cli only)"));

    @Test
    void everyExportedTypeIsUsedByAnotherModule() {
        List<ModuleSurface.Module> modules = ModuleSurface.onClassPath("org.detente.");
        assertThat(modules).extracting(ModuleSurface.Module::name).containsExactlyInAnyOrder("org.detente.core",
                "org.detente.conflict", "org.detente.formats", "org.detente.rehearsal", "org.detente.tournament",
                "org.detente.isolation", "org.detente.brief", "org.detente.report", "org.detente.web",
                "org.detente.cli");
        assertThat(ModuleSurface.unusedExports(modules))
                .as("public types of exported packages that no other module uses: make a new one package-private,"
                        + " or move it to a package the module does not export; if the benchmarks, Spark or another"
                        + " module's tests need it, list it in KNOWN with the reason (and drop entries that no longer apply)")
                .containsExactlyElementsOf(new TreeSet<>(KNOWN.keySet()));
    }
}
