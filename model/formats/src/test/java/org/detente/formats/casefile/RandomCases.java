package org.detente.formats.casefile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.detente.model.DiscreteIssue;
import org.detente.model.Domain;
import org.detente.model.HyperRectangleUtility;
import org.detente.model.IntegerIssue;
import org.detente.model.Issue;
import org.detente.model.LinearAdditiveUtility;
import org.detente.model.NegotiationCase;
import org.detente.model.Party;
import org.detente.model.Preferences;
import org.detente.model.RealIssue;
import org.detente.model.RedLine;
import org.detente.model.UtilityFunction;
import org.detente.model.ValueFunction;

/** Random valid cases, with awkward names, for write→read property tests. */
final class RandomCases {
    private static final List<String> AWKWARD = List.of("yes", "No", "null", "true", "1550", "0.5", "-x", "a: b",
            "x #y", "with space", "trailing ", " leading", "quote\"d", "back\\slash", "ünïcødé", "US–Russia",
            "[list]", "{map}", "tab\there", "line\nbreak", "it's", "a.b", "~", "*star", "&amp", "!bang", "%pct", "@at",
            "`tick`", "=", "?", "|", ">");

    private final Random r;

    RandomCases(long seed) {
        this.r = new Random(seed);
    }

    private String name(Set<String> taken) {
        while (true) {
            String n = r.nextInt(3) == 0 ? AWKWARD.get(r.nextInt(AWKWARD.size()))
                    : "n" + Integer.toString(r.nextInt(100000), 36);
            if (!n.isBlank() && taken.add(n)) {
                return n;
            }
        }
    }

    private double unit() {
        return switch (r.nextInt(4)) {
            case 0 -> 0;
            case 1 -> 1;
            case 2 -> Math.round(r.nextDouble() * 100) / 100.0;
            default -> r.nextDouble();
        };
    }

    NegotiationCase next() {
        Set<String> issueNames = new LinkedHashSet<>();
        List<Issue> issues = new ArrayList<>();
        int n = 1 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            String name = name(issueNames);
            switch (r.nextInt(3)) {
                case 0 -> {
                    Set<String> values = new LinkedHashSet<>();
                    int k = 1 + r.nextInt(5);
                    for (int v = 0; v < k; v++) {
                        name(values);
                    }
                    issues.add(new DiscreteIssue(name, List.copyOf(values)));
                }
                case 1 -> {
                    long min = r.nextInt(2001) - 1000;
                    issues.add(new IntegerIssue(name, min, min + r.nextInt(20)));
                }
                default -> {
                    double min = Math.round((r.nextDouble() - 0.5) * 2000 * 100) / 100.0;
                    double max = min + r.nextDouble() * 50;
                    double step = r.nextInt(4) == 0 ? Double.NaN : 0.5 + r.nextInt(10) * 0.25 + r.nextDouble();
                    issues.add(new RealIssue(name, min, max, step));
                }
            }
        }
        Domain domain = new Domain(name(new LinkedHashSet<>()), issues);
        Set<String> partyNames = new LinkedHashSet<>();
        List<Party> parties = new ArrayList<>();
        int p = 2 + r.nextInt(2);
        for (int i = 0; i < p; i++) {
            double rv = r.nextBoolean() ? 0 : unit();
            double discount = r.nextBoolean() ? 1 : 0.05 + 0.95 * r.nextDouble();
            parties.add(new Party(name(partyNames), new Preferences(utility(domain), rv, discount, redLines(domain))));
        }
        String description = switch (r.nextInt(3)) {
            case 0 -> "";
            case 1 -> "one line: with # and \"quotes\"";
            default -> "first line\nsecond line, ünïcødé\n";
        };
        return new NegotiationCase(domain.name(), description, domain, parties);
    }

    private UtilityFunction utility(Domain domain) {
        boolean numeric = domain.issues().stream().anyMatch(i -> !(i instanceof DiscreteIssue));
        if (numeric && r.nextInt(4) == 0) {
            List<HyperRectangleUtility.Rectangle> rects = new ArrayList<>();
            for (int k = r.nextInt(4); k > 0; k--) {
                List<HyperRectangleUtility.Bound> bounds = new ArrayList<>();
                for (int i = 0; i < domain.size(); i++) {
                    Issue issue = domain.issue(i);
                    if (!(issue instanceof DiscreteIssue) && r.nextBoolean()) {
                        double a = CaseWriter.lowerBound(issue) + r.nextDouble() * 10;
                        bounds.add(new HyperRectangleUtility.Bound(i, a, a + r.nextDouble() * 20));
                    }
                }
                rects.add(new HyperRectangleUtility.Rectangle((r.nextDouble() - 0.3) * 100, bounds));
            }
            return new HyperRectangleUtility(domain, rects, 1 + r.nextDouble() * 100);
        }
        double[] raw = new double[domain.size()];
        double sum = 0;
        for (int i = 0; i < raw.length; i++) {
            raw[i] = r.nextDouble();
            sum += raw[i];
        }
        List<Double> weights = new ArrayList<>();
        for (double w : raw) {
            weights.add(w / sum);
        }
        List<ValueFunction> functions = new ArrayList<>();
        for (Issue issue : domain.issues()) {
            functions.add(function(issue));
        }
        return new LinearAdditiveUtility(domain, weights, functions);
    }

    private ValueFunction function(Issue issue) {
        int kind = issue instanceof DiscreteIssue ? 0 : issue.enumerable() ? r.nextInt(3) : 1 + r.nextInt(2);
        switch (kind) {
            case 0 -> {
                List<Double> t = new ArrayList<>();
                for (int v = 0; v < issue.cardinality(); v++) {
                    t.add(unit());
                }
                return new ValueFunction.Table(t);
            }
            case 1 -> {
                return new ValueFunction.Linear(r.nextGaussian(), unit(), CaseWriter.lowerBound(issue) + r.nextInt(5));
            }
            default -> {
                List<ValueFunction.Point> pts = new ArrayList<>();
                double x = CaseWriter.lowerBound(issue) - r.nextDouble();
                for (int k = 1 + r.nextInt(4); k > 0; k--) {
                    pts.add(new ValueFunction.Point(x, unit()));
                    x += 0.1 + r.nextDouble() * 10;
                }
                return new ValueFunction.PiecewiseLinear(pts);
            }
        }
    }

    private List<RedLine> redLines(Domain domain) {
        List<RedLine> lines = new ArrayList<>();
        for (int i = 0; i < domain.size(); i++) {
            Issue issue = domain.issue(i);
            if (r.nextInt(3) != 0) {
                continue;
            }
            if (issue.enumerable() && (issue instanceof DiscreteIssue || r.nextBoolean())) {
                Set<Integer> refused = new LinkedHashSet<>();
                for (int k = 1 + r.nextInt(issue.cardinality()); k > 0; k--) {
                    refused.add(r.nextInt(issue.cardinality()));
                }
                lines.add(new RedLine.Refuse(i, List.copyOf(refused)));
            } else if (!(issue instanceof DiscreteIssue)) {
                double a = CaseWriter.lowerBound(issue) + r.nextDouble() * 5;
                lines.add(new RedLine.Within(i, a, a + r.nextDouble() * 30));
            }
        }
        return lines;
    }
}
