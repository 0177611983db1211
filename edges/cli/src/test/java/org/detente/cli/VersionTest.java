package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code detente --version}: the version and the commit the build recorded, or that it recorded none. */
class VersionTest {
    @Test
    void printsTheVersionAndTheCommit() {
        Cli r = Cli.run("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out().strip()).matches("detente \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\((commit [0-9a-f]{7,40}(\\+changes)?"
                + "|built outside a git checkout: no commit recorded)\\)");
    }

    @Test
    void aBuildOutsideGitSaysSo() {
        assertThat(Main.Version.line("1.0.0", "")).isEqualTo("detente 1.0.0 (built outside a git checkout: no commit recorded)");
        assertThat(Main.Version.line("1.0.0", "0123456789ab")).isEqualTo("detente 1.0.0 (commit 0123456789ab)");
    }
}
