package org.detente.rehearsal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.detente.formats.casefile.CaseFiles;
import org.detente.formats.genius.GeniusXml;
import org.detente.formats.geniusweb.GeniusWebJson;
import org.detente.model.DiscreteIssue;
import org.detente.model.Domain;
import org.detente.model.Issue;
import org.detente.model.LinearAdditiveUtility;
import org.detente.model.NegotiationCase;
import org.detente.model.Party;
import org.detente.model.Preferences;
import org.detente.model.ValueFunction;
import org.detente.testing.TestData;

/** Scenarios for tests: the bundled example, the reference data in testdata/, random cases. */
final class Scenarios {
    private Scenarios() {
    }

    static Scenario armsControl() {
        try {
            return Scenario.prepare("arms-control", CaseFiles.read(Path.of("../examples/arms-control.yaml")),
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

    /** A random linear additive case: {@code issues} issues of {@code values} values each. */
    static NegotiationCase random(long seed, int parties, int issues, int values, double rv, double discount) {
        Random r = new Random(seed);
        List<Issue> list = new ArrayList<>();
        for (int i = 0; i < issues; i++) {
            List<String> vs = new ArrayList<>();
            for (int v = 0; v < values; v++) {
                vs.add("v" + v);
            }
            list.add(new DiscreteIssue("issue" + i, vs));
        }
        Domain d = new Domain("random", list);
        List<Party> ps = new ArrayList<>();
        for (int p = 0; p < parties; p++) {
            double[] w = new double[issues];
            double sum = 0;
            for (int i = 0; i < issues; i++) {
                w[i] = 0.1 + r.nextDouble();
                sum += w[i];
            }
            List<Double> weights = new ArrayList<>();
            List<ValueFunction> fs = new ArrayList<>();
            for (int i = 0; i < issues; i++) {
                weights.add(w[i] / sum);
                List<Double> table = new ArrayList<>();
                for (int v = 0; v < values; v++) {
                    table.add(r.nextDouble());
                }
                table.set(r.nextInt(values), 1.0);
                fs.add(new ValueFunction.Table(table));
            }
            ps.add(new Party("p" + p, new Preferences(new LinearAdditiveUtility(d, weights, fs), rv, discount, List.of())));
        }
        return new NegotiationCase("random-" + seed, "", d, ps);
    }

    static Scenario randomScenario(long seed, int parties, int issues, int values) {
        return Scenario.prepare(random(seed, parties, issues, values, 0, 1));
    }
}
