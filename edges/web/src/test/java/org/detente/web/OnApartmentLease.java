package org.detente.web;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import tools.jackson.databind.JsonNode;

/** Tests against a running server that holds the bundled apartment-lease case: one server per test class. */
abstract class OnApartmentLease {
    static TestServer s;
    static String caseId;
    static JsonNode theCase;

    @BeforeAll
    static void start() throws IOException {
        s = new TestServer();
        caseId = s.example("apartment-lease.yaml");
        theCase = s.get("/api/cases/" + caseId).json().get("case");
    }

    @AfterAll
    static void stop() {
        s.close();
    }
}
