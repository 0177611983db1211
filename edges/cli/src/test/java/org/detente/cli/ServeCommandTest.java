package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** {@code detente serve} refuses what it cannot use with the documented exit codes (it blocks when it can). */
class ServeCommandTest {
    @Test
    void anUnsupportedStoreIsInvalidInput() {
        Cli r = Cli.run("serve", "--port", "0", "--db", "jdbc:mysql://127.0.0.1/x");
        assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(r.err()).contains("only PostgreSQL").contains("SQLite").doesNotContain("Exception");
    }

    @Test
    void aStoreInAMissingFolderIsInvalidInput() throws IOException {
        Path missing = Files.createTempDirectory("detente-serve").resolve("no/such/folder/x.db");
        Cli r = Cli.run("serve", "--port", "0", "--db", missing.toString());
        assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(r.err()).contains("does not exist");
    }

    @Test
    void aPortInUseIsReportedNotThrown() throws IOException {
        Path db = Files.createTempDirectory("detente-serve").resolve("x.db");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Cli r = Cli.run("serve", "--port", Integer.toString(taken.getLocalPort()), "--db", db.toString());
            assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT);
            assertThat(r.err()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort());
        }
    }

    @Test
    void aBadPortIsAUsageError() {
        Cli r = Cli.run("serve", "--port", "70000");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("--port must be in [0, 65535]");
    }
}
