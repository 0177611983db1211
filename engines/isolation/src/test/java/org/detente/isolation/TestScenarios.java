package org.detente.isolation;

import java.nio.file.Path;
import java.util.List;

import org.detente.formats.casefile.CaseFiles;
import org.detente.model.DiscreteIssue;
import org.detente.model.Domain;
import org.detente.model.HyperRectangleUtility;
import org.detente.model.IntegerIssue;
import org.detente.model.LinearAdditiveUtility;
import org.detente.model.NegotiationCase;
import org.detente.model.Party;
import org.detente.model.Preferences;
import org.detente.model.RealIssue;
import org.detente.model.RedLine;
import org.detente.model.ValueFunction;
import org.detente.rehearsal.Scenario;
import org.detente.testing.Repository;

/** Scenarios for the isolation's tests. */
final class TestScenarios {
    private TestScenarios() {
    }

    /** The bundled US–Russia example (red lines included). */
    static Scenario armsControl() {
        return read("arms-control", Repository.path("examples/arms-control.yaml"));
    }

    /** The bundled apartment lease (integer issues). */
    static Scenario lease() {
        return read("apartment-lease", Repository.path("examples/apartment-lease.yaml"));
    }

    /**
     * A small non-linear case: an integer, a real and a discrete issue; the first party's utility is a
     * sum of hyper-rectangles with a red line, the second's linear additive.
     */
    static Scenario rectangles() {
        Domain d = new Domain("boxes", List.of(new IntegerIssue("units", 0, 9), new RealIssue("price", 1, 2, 0.25),
                new DiscreteIssue("colour", List.of("red", "green", "blue"))));
        var h = new HyperRectangleUtility(d, List.of(
                new HyperRectangleUtility.Rectangle(0.6, List.of(new HyperRectangleUtility.Bound(0, 3, 9))),
                new HyperRectangleUtility.Rectangle(0.5, List.of(new HyperRectangleUtility.Bound(0, 5, 9),
                        new HyperRectangleUtility.Bound(1, 1.5, 2))),
                new HyperRectangleUtility.Rectangle(-0.2, List.of(new HyperRectangleUtility.Bound(1, 1, 1.25)))), 1.1);
        var lin = new LinearAdditiveUtility(d, List.of(0.5, 0.3, 0.2), List.of(new ValueFunction.Linear(-1.0 / 9, 1, 0),
                new ValueFunction.PiecewiseLinear(List.of(new ValueFunction.Point(1, 1), new ValueFunction.Point(2, 0.1))),
                new ValueFunction.Table(List.of(0.2, 1.0, 0.6))));
        var c = new NegotiationCase("boxes", "", d, List.of(
                new Party("seller", new Preferences(h, 0.1, 0.9, List.of(new RedLine.Refuse(2, List.of(0))))),
                new Party("buyer", new Preferences(lin, 0.2, 1, List.of()))));
        return Scenario.prepare("boxes", c, Scenario.DEFAULT_MAX_OUTCOMES);
    }

    /** Three parties over three discrete issues of four values, their evaluations drawn from a fixed seed. */
    static Scenario threeParties() {
        java.util.Random r = new java.util.Random(17);
        List<org.detente.model.Issue> issues = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            issues.add(new DiscreteIssue("issue" + i, List.of("a", "b", "c", "d")));
        }
        Domain d = new Domain("three", issues);
        List<Party> parties = new java.util.ArrayList<>();
        for (int p = 0; p < 3; p++) {
            List<ValueFunction> f = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                f.add(new ValueFunction.Table(List.of(r.nextDouble(), r.nextDouble(), r.nextDouble(), 1.0)));
            }
            parties.add(new Party("party" + p, new Preferences(new LinearAdditiveUtility(d, List.of(0.5, 0.3, 0.2), f),
                    0.2, 1, List.of())));
        }
        return Scenario.prepare("three", new NegotiationCase("three", "", d, parties), Scenario.DEFAULT_MAX_OUTCOMES);
    }

    private static Scenario read(String name, Path file) {
        try {
            return Scenario.prepare(name, CaseFiles.read(file), Scenario.DEFAULT_MAX_OUTCOMES);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
