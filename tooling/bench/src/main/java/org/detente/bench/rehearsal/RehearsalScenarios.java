package org.detente.bench.rehearsal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.detente.formats.genius.GeniusXml;
import org.detente.model.DiscreteIssue;
import org.detente.model.Domain;
import org.detente.model.Issue;
import org.detente.model.LinearAdditiveUtility;
import org.detente.model.NegotiationCase;
import org.detente.model.Party;
import org.detente.model.Preferences;
import org.detente.model.ValueFunction;

/** Cases for the rehearsal benchmarks: random bilateral spaces of 10^k outcomes, and ANAC 2011 Energy. */
final class RehearsalScenarios {
    private RehearsalScenarios() {
    }

    /**
     * {@code "random-N"} (N a power of ten: issues of 10 values) or {@code "energy"} (read from the
     * reference data, system property {@code detente.testData}, default {@code testdata}).
     */
    static NegotiationCase named(String name) {
        if (name.equals("energy")) {
            Path dir = Path.of(System.getProperty("detente.testData", "testdata"), "genius/anac/y2011/Energy");
            try {
                return GeniusXml.readCase(dir.resolve("energy_domain.xml"),
                        List.of(dir.resolve("energy_consumer.xml"), dir.resolve("energy_distributor.xml")));
            } catch (Exception e) {
                throw new IllegalStateException("cannot read the Energy scenario from " + dir + ": " + e.getMessage(), e);
            }
        }
        long n = Long.parseLong(name.substring(name.indexOf('-') + 1));
        int issues = (int) Math.round(Math.log10(n));
        return random(issues, 10, 42);
    }

    static NegotiationCase random(int issues, int values, long seed) {
        Random r = new Random(seed);
        List<Issue> list = new ArrayList<>();
        for (int i = 0; i < issues; i++) {
            List<String> vs = new ArrayList<>();
            for (int v = 0; v < values; v++) {
                vs.add("v" + v);
            }
            list.add(new DiscreteIssue("i" + i, vs));
        }
        Domain d = new Domain("bench", list);
        List<Party> ps = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            List<Double> w = new ArrayList<>();
            List<ValueFunction> fs = new ArrayList<>();
            for (int i = 0; i < issues; i++) {
                w.add(1.0 / issues);
                List<Double> t = new ArrayList<>();
                for (int v = 0; v < values; v++) {
                    t.add(r.nextDouble());
                }
                fs.add(new ValueFunction.Table(t));
            }
            ps.add(new Party("p" + p, Preferences.of(new LinearAdditiveUtility(d, w, fs))));
        }
        return new NegotiationCase("bench-" + issues, "", d, ps);
    }
}
