package org.detente.formats.casefile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.detente.formats.InputException;
import org.detente.formats.support.Node;
import org.detente.formats.support.Problems;
import org.detente.model.Deal;
import org.detente.model.DiscreteIssue;
import org.detente.model.Domain;
import org.detente.model.IntegerIssue;
import org.detente.model.Issue;
import org.detente.model.LinearAdditiveUtility;
import org.detente.model.NegotiationCase;
import org.detente.model.Outcome;
import org.detente.model.Party;
import org.detente.model.Preferences;
import org.detente.model.Preparation;
import org.detente.model.RealIssue;
import org.detente.model.RedLine;
import org.detente.model.UtilityFunction;
import org.detente.model.ValueFunction;

/**
 * Turns a parsed case file into a {@link NegotiationCase}: the schema first, then the checks that
 * need more than one field. Every problem is recorded with its place; the model is returned only
 * when there is none.
 */
final class CaseReader {
    /** How far a weight sum may be from 1 without a flag. */
    static final double WEIGHT_SUM_TOLERANCE = 1e-6;

    private final Problems problems;
    private Domain domain;
    private boolean normalize;
    private boolean keepSum;

    private CaseReader(Problems problems) {
        this.problems = problems;
    }

    /**
     * Reads a case.
     *
     * @throws InputException the first problem in document order, the others suppressed in it
     */
    static NegotiationCase read(String source, Node root) throws InputException {
        Problems problems = new Problems(source);
        FileSchema.CASE.check(root, problems);
        problems.throwIfAny();
        return new CaseReader(problems).caseFile((Node.Obj) root);
    }

    private NegotiationCase caseFile(Node.Obj root) throws InputException {
        String name = text(root, "name");
        Node description = root.get("description");
        normalize = flag(root, "normalizeWeights");
        keepSum = flag(root, "allowUnnormalizedWeights");
        if (normalize && keepSum) {
            problems.add(root.keys().get("allowUnnormalizedWeights"),
                    "normalizeWeights and allowUnnormalizedWeights cannot both be true");
        }
        List<Issue> issues = issues((Node.Arr) root.get("issues"));
        problems.throwIfAny();
        domain = new Domain(name, issues);
        List<Party> parties = new ArrayList<>();
        Map<String, Node> partyNames = new HashMap<>();
        for (Node p : ((Node.Arr) root.get("parties")).items()) {
            Node.Obj obj = (Node.Obj) p;
            Node nameNode = obj.get("name");
            String partyName = text(obj, "name");
            Node earlier = partyNames.putIfAbsent(partyName, nameNode);
            if (earlier != null) {
                problems.add(nameNode, "a party named '" + partyName + "' is already defined at line " + earlier.line());
            }
            Party party = party(obj, partyName);
            if (party != null) {
                parties.add(party);
            }
        }
        List<Deal> deals = root.get("deals") instanceof Node.Arr arr ? deals(arr) : List.of();
        Preparation preparation = new PreparationReader(this, problems, domain, partyNames.keySet(), parties)
                .read(root);
        problems.throwIfAny();
        String desc = description instanceof Node.Str s ? s.value() : "";
        try {
            return new NegotiationCase(name, desc, domain, parties, deals, preparation);
        } catch (IllegalArgumentException e) {
            problems.add(root, e.getMessage());
            problems.throwIfAny();
            throw e;
        }
    }

    // ---- deals ----

    private List<Deal> deals(Node.Arr list) {
        List<Deal> deals = new ArrayList<>();
        Map<String, Node> names = new HashMap<>();
        for (Node n : list.items()) {
            Node.Obj obj = (Node.Obj) n;
            String name = text(obj, "name");
            Node earlier = names.putIfAbsent(name, obj.get("name"));
            if (earlier != null) {
                problems.add(obj.get("name"), "a deal named '" + name + "' is already defined at line " + earlier.line());
                continue;
            }
            Outcome outcome = PackageReader.read(domain, (Node.Obj) obj.get("values"), problems, "deal '" + name + "'");
            if (outcome != null) {
                String note = obj.get("note") instanceof Node.Str s ? s.value() : "";
                deals.add(new Deal(name, note, outcome));
            }
        }
        return deals;
    }

    private boolean flag(Node.Obj obj, String key) {
        return obj.get(key) instanceof Node.Bool b && b.value();
    }

    static String text(Node.Obj obj, String key) {
        return ((Node.Str) obj.get(key)).value();
    }

    // ---- issues ----

    private List<Issue> issues(Node.Arr list) {
        List<Issue> issues = new ArrayList<>();
        Map<String, Node> names = new HashMap<>();
        for (Node n : list.items()) {
            Node.Obj obj = (Node.Obj) n;
            Node nameNode = obj.get("name");
            String name = text(obj, "name");
            Node earlier = names.putIfAbsent(name, nameNode);
            if (earlier != null) {
                problems.add(nameNode, "an issue named '" + name + "' is already defined at line " + earlier.line());
                continue;
            }
            Issue issue = issue(obj, name);
            if (issue != null) {
                issues.add(issue);
            }
        }
        return issues;
    }

    private Issue issue(Node.Obj obj, String name) {
        String type = text(obj, "type");
        try {
            switch (type) {
                case "discrete":
                    return discrete(obj, name);
                case "integer": {
                    Node.Num min = (Node.Num) obj.get("min");
                    Node.Num max = (Node.Num) obj.get("max");
                    if (min.asLong() == null || max.asLong() == null) {
                        problems.add(min.asLong() == null ? min : max, "must be a whole number within ±2^53");
                        return null;
                    }
                    if (max.asLong() < min.asLong()) {
                        problems.add(max, "max " + max.text() + " is below min " + min.text());
                        return null;
                    }
                    if (max.asLong() - min.asLong() >= Integer.MAX_VALUE - 1L) {
                        problems.limit(obj, String.format(Locale.ROOT, "issue '%s': range %s..%s has %,d values; an integer"
                                + " issue is limited to %,d (a real issue, continuous, has no such limit)", name, min.text(),
                                max.text(), max.asLong() - min.asLong() + 1, Integer.MAX_VALUE - 1));
                        return null;
                    }
                    return new IntegerIssue(name, min.asLong(), max.asLong());
                }
                default: {
                    Node.Num min = problems.finite(obj.get("min"));
                    Node.Num max = problems.finite(obj.get("max"));
                    Node stepNode = obj.get("step");
                    Node.Num step = stepNode == null ? null : problems.finite(stepNode);
                    if (min == null || max == null || (stepNode != null && step == null)) {
                        return null;
                    }
                    if (max.value() < min.value()) {
                        problems.add(max, "max " + max.text() + " is below min " + min.text());
                        return null;
                    }
                    return new RealIssue(name, min.value(), max.value(), step == null ? Double.NaN : step.value());
                }
            }
        } catch (IllegalArgumentException e) {
            problems.add(obj, e.getMessage());
            return null;
        }
    }

    private Issue discrete(Node.Obj obj, String name) {
        List<String> values = new ArrayList<>();
        Map<String, Node> seen = new HashMap<>();
        boolean ok = true;
        for (Node v : ((Node.Arr) obj.get("values")).items()) {
            String label = label(v);
            if (label.isBlank()) {
                problems.add(v, "a value name must not be blank");
                ok = false;
            } else if (seen.putIfAbsent(label, v) != null) {
                problems.add(v, "issue '" + name + "' has the value '" + label + "' twice (first at line "
                        + seen.get(label).line() + ")");
                ok = false;
            } else {
                values.add(label);
            }
        }
        return ok ? new DiscreteIssue(name, values) : null;
    }

    /** The text of a value name written as a string or a number. */
    static String label(Node v) {
        if (v instanceof Node.Num n) {
            return n.text();
        }
        return v instanceof Node.Str s ? s.value() : "";
    }

    // ---- parties ----

    private Party party(Node.Obj obj, String name) {
        double reservation = 0;
        double discount = 1;
        Node r = obj.get("reservation");
        if (r != null) {
            Node.Num num = problems.finite(r);
            reservation = num == null ? 0 : num.value();
        }
        Node d = obj.get("discount");
        if (d != null) {
            Node.Num num = (Node.Num) d;
            if (!(num.value() > 0 && num.value() <= 1)) {
                problems.add(num, "discount must be in (0, 1], not " + num.text());
            }
            discount = num.value();
        }
        UtilityFunction utility = obj.get("utility") != null
                ? new Rectangles(domain, problems).read((Node.Obj) obj.get("utility"))
                : linear(obj);
        List<RedLine> redLines = new ArrayList<>();
        if (obj.get("redLines") instanceof Node.Arr arr) {
            for (Node item : arr.items()) {
                RedLine line = redLine((Node.Obj) item);
                if (line != null) {
                    redLines.add(line);
                }
            }
        }
        if (utility == null || !(discount > 0 && discount <= 1)) {
            return null;
        }
        try {
            return new Party(name, new Preferences(utility, reservation, discount, redLines));
        } catch (IllegalArgumentException e) {
            problems.add(obj, e.getMessage());
            return null;
        }
    }

    LinearAdditiveUtility linear(Node.Obj party) {
        Node.Obj weightsNode = (Node.Obj) party.get("weights");
        Node.Obj valuesNode = (Node.Obj) party.get("values");
        Double[] weights = new Double[domain.size()];
        boolean[] named = new boolean[domain.size()];
        ValueFunction[] functions = new ValueFunction[domain.size()];
        boolean ok = true;
        double sum = 0;
        for (var e : weightsNode.members().entrySet()) {
            int i = issueIndex(weightsNode.keys().get(e.getKey()));
            Node.Num w = (Node.Num) e.getValue();
            if (i >= 0) {
                named[i] = true;
            }
            if (Double.isNaN(w.value()) || Double.isInfinite(w.value()) || w.value() < 0) {
                String what = Double.isNaN(w.value()) ? "NaN (not a number)" : Double.isInfinite(w.value()) ? "infinite" : "negative";
                problems.add(w, "a weight must be a finite number ≥ 0, not " + what + ": " + w.text());
                ok = false;
            } else if (i >= 0) {
                weights[i] = w.value();
                sum += w.value();
            }
        }
        for (var e : valuesNode.members().entrySet()) {
            int i = issueIndex(valuesNode.keys().get(e.getKey()));
            if (i >= 0) {
                functions[i] = new ValueFunctions(domain.issue(i), problems).read((Node.Obj) e.getValue());
                ok &= functions[i] != null;
            }
        }
        for (int i = 0; i < domain.size(); i++) {
            String issue = domain.issue(i).name();
            if (!named[i]) {
                problems.missing(weightsNode, issue, "no weight for issue '" + issue + "'");
                ok = false;
            }
            if (functions[i] == null && !valuesNode.members().containsKey(issue)) {
                problems.missing(valuesNode, issue, "no values for issue '" + issue + "'");
                ok = false;
            }
        }
        if (!ok) {
            return null;
        }
        List<Double> list = new ArrayList<>(List.of(weights));
        if (Math.abs(sum - 1) > WEIGHT_SUM_TOLERANCE) {
            if (normalize && sum > 0) {
                double total = sum;
                list.replaceAll(w -> w / total);
            } else if (normalize) {
                problems.add(weightsNode, "the weights sum to 0, so they cannot be normalised");
                return null;
            } else if (!keepSum) {
                problems.add(weightsNode, "the weights sum to " + sum + ", not 1 (within "
                        + WEIGHT_SUM_TOLERANCE + "); correct them, or set normalizeWeights: true");
                return null;
            }
        }
        return new LinearAdditiveUtility(domain, list, List.of(functions));
    }

    /** Index of the issue named by {@code key}, or -1 after recording an "unknown issue" problem. */
    int issueIndex(Node.Str key) {
        return PackageReader.issue(domain, key, problems);
    }

    String issueNames() {
        return String.join(", ", domain.issues().stream().map(Issue::name).toList());
    }

    RedLine redLine(Node.Obj obj) {
        Node.Str issueNode = (Node.Str) obj.get("issue");
        int i = domain.indexOf(issueNode.value());
        if (i < 0) {
            problems.add(issueNode, "unknown issue '" + issueNode.value() + "' (the issues are: " + issueNames() + ")");
            return null;
        }
        Issue issue = domain.issue(i);
        if (obj.get("refuse") instanceof Node.Arr refuse) {
            Set<Integer> refused = new LinkedHashSet<>();
            for (Node v : refuse.items()) {
                String label = label(v);
                int index = issue.enumerable() ? issue.indexOf(label) : -1;
                if (index < 0) {
                    problems.add(v, "issue '" + issue.name() + "' has no value '" + label + "'"
                            + (issue instanceof DiscreteIssue ? "" : " (outside its range or off its step)"));
                    return null;
                }
                refused.add(index);
            }
            return new RedLine.Refuse(i, List.copyOf(refused));
        }
        Node.Arr within = (Node.Arr) obj.get("within");
        if (issue instanceof DiscreteIssue) {
            problems.add(within, "issue '" + issue.name() + "' is discrete: use refuse, not within");
            return null;
        }
        Node.Num lo = problems.finite(within.items().get(0));
        Node.Num hi = problems.finite(within.items().get(1));
        if (lo == null || hi == null) {
            return null;
        }
        if (hi.value() < lo.value()) {
            problems.add(within, "the interval [" + lo.text() + ", " + hi.text() + "] is empty");
            return null;
        }
        return new RedLine.Within(i, lo.value(), hi.value());
    }
}
