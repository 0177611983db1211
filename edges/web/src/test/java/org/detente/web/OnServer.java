package org.detente.web;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Tests against a running server with an empty store: one server per test class. */
abstract class OnServer {
    static TestServer s;

    @BeforeAll
    static void startServer() throws IOException {
        s = new TestServer();
    }

    @AfterAll
    static void stopServer() {
        s.close();
    }
}
