package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What start-up depends on: only the subcommand asked for is built, and the archive's training run works. */
class StartupTest {
    @Test
    void onlyTheSubcommandNamedIsBuilt() {
        assertThat(Main.commandLine("analyze", "case.yaml").getSubcommands()).containsOnlyKeys("analyze");
        assertThat(Main.commandLine("--version").getSubcommands()).isEmpty();
        assertThat(Main.commandLine().getSubcommands()).containsKeys("analyze", "convert", "demo", "negotiate",
                "tournament", "track", "help").hasSize(12);
        assertThat(Main.commandLine("help", "analyze").getSubcommands()).hasSize(12);
        assertThat(Main.commandLine("analyse").getSubcommands()).hasSize(12);
    }

    @Test
    void aMistypedCommandIsStillSuggested() {
        Cli r = Cli.run("analyse", "x.yaml");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("analyze");
    }

    @Test
    @Tag("slow")
    void theTrainingRunOfTheStartUpArchiveSucceedsOnTheBundledExamples(@TempDir Path dir) throws Exception {
        assertThat(Warmup.train(dir)).isTrue();
    }
}
