package org.detente.rehearsal;

import java.nio.file.Path;
import java.util.List;

import org.detente.formats.casefile.CaseFiles;
import org.detente.formats.genius.GeniusXml;
import org.detente.formats.geniusweb.GeniusWebJson;
import org.detente.model.NegotiationCase;
import org.detente.testcases.RandomCases;
import org.detente.testing.Repository;
import org.detente.testing.TestData;

/** Scenarios for tests: the bundled example, the reference data in testdata/, random cases. */
final class Scenarios {
    private Scenarios() {
    }

    static Scenario armsControl() {
        try {
            return Scenario.prepare("arms-control", CaseFiles.read(Repository.path("examples/arms-control.yaml")),
                    Scenario.DEFAULT_MAX_OUTCOMES);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Scenario energy() {
        Path dir = TestData.path("genius/anac/y2011/Energy");
        try {
            return Scenario.prepare("energy", GeniusXml.readCase(dir.resolve("energy_domain.xml"),
                    List.of(dir.resolve("energy_consumer.xml"), dir.resolve("energy_distributor.xml"))),
                    Scenario.DEFAULT_MAX_OUTCOMES);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Scenario anl(String domain) {
        Path dir = TestData.path("anl2023/" + domain);
        try {
            return Scenario.prepare(domain, GeniusWebJson.readCase(dir.resolve(domain + ".json"),
                    List.of(dir.resolve("profileA.json"), dir.resolve("profileB.json"))), Scenario.DEFAULT_MAX_OUTCOMES);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A random linear additive case: {@code issues} issues of {@code values} values each ({@link RandomCases#tables}). */
    static NegotiationCase random(long seed, int parties, int issues, int values, double rv, double discount) {
        return RandomCases.tables(seed, parties, issues, values, rv, discount);
    }

    static Scenario randomScenario(long seed, int parties, int issues, int values) {
        return Scenario.prepare(random(seed, parties, issues, values, 0, 1));
    }
}
