package org.detente.web;

import org.junit.jupiter.api.BeforeAll;

import tools.jackson.databind.JsonNode;

/** Tests against a running server that holds the bundled apartment-lease case: one server per test class. */
abstract class OnApartmentLease extends OnServer {
    static String caseId;
    static JsonNode theCase;

    @BeforeAll
    static void addTheCase() {
        caseId = s.example("apartment-lease.yaml");
        theCase = s.get("/api/cases/" + caseId).json().get("case");
    }
}
