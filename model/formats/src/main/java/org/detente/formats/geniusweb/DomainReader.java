package org.detente.formats.geniusweb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.detente.formats.support.Node;
import org.detente.formats.support.Problems;
import org.detente.model.DiscreteIssue;
import org.detente.model.Domain;
import org.detente.model.IntegerIssue;
import org.detente.model.Issue;
import org.detente.model.RealIssue;

/**
 * Reads a GeniusWeb domain object: {@code {"name": …, "issuesValues": {issue: {"values": […]} or
 * {"range": {"low", "high", "step"}}}}}, issues in the object's key order.
 */
final class DomainReader {
    private final Problems problems;

    DomainReader(Problems problems) {
        this.problems = problems;
    }

    /** The domain, or null after recording the problems. */
    Domain read(Node node) {
        if (!(node instanceof Node.Obj root)) {
            problems.add(node, "a GeniusWeb domain must be an object, not " + node.kind());
            return null;
        }
        String name = Json.string(root, "name", problems);
        Node.Obj issuesValues = Json.object(root, "issuesValues", problems);
        if (name == null || issuesValues == null) {
            return null;
        }
        if (issuesValues.members().isEmpty()) {
            problems.add(issuesValues, "the domain has no issues");
            return null;
        }
        List<Issue> issues = new ArrayList<>();
        boolean ok = true;
        for (var e : issuesValues.members().entrySet()) {
            Issue issue = issue(e.getKey(), issuesValues.keys().get(e.getKey()), e.getValue());
            ok &= issue != null;
            if (issue != null) {
                issues.add(issue);
            }
        }
        return ok ? new Domain(name, issues) : null;
    }

    private Issue issue(String name, Node.Str key, Node node) {
        if (name.isBlank()) {
            problems.add(key, "an issue name must not be blank");
            return null;
        }
        if (!(node instanceof Node.Obj obj)) {
            problems.add(node, "an issue's value set must be an object, not " + node.kind());
            return null;
        }
        Node values = obj.get("values");
        Node range = obj.get("range");
        if ((values == null) == (range == null) || obj.members().size() != 1) {
            problems.add(obj, "a value set must have exactly one member: \"values\" (a list) or \"range\"");
            return null;
        }
        return values != null ? discrete(name, values) : range(name, range);
    }

    private Issue discrete(String name, Node node) {
        if (!(node instanceof Node.Arr arr) || arr.items().isEmpty()) {
            problems.add(node, "\"values\" must be a non-empty list of strings");
            return null;
        }
        List<String> values = new ArrayList<>();
        Map<String, Node> seen = new HashMap<>();
        boolean ok = true;
        for (Node item : arr.items()) {
            if (!(item instanceof Node.Str s) || s.value().isBlank()) {
                problems.add(item, "a discrete value must be a non-blank string, not " + item.kind());
                ok = false;
            } else if (seen.putIfAbsent(s.value(), s) != null) {
                problems.add(s, "issue '" + name + "' has the value '" + s.value() + "' twice");
                ok = false;
            } else {
                values.add(s.value());
            }
        }
        return ok ? new DiscreteIssue(name, values) : null;
    }

    private Issue range(String name, Node node) {
        if (!(node instanceof Node.Obj obj)) {
            problems.add(node, "\"range\" must be an object with low, high and step");
            return null;
        }
        Node.Num low = Json.finite(obj, "low", problems);
        Node.Num high = Json.finite(obj, "high", problems);
        Node.Num step = Json.finite(obj, "step", problems);
        if (low == null || high == null || step == null) {
            return null;
        }
        if (!(step.value() > 0)) {
            problems.add(step, "step must be positive, not " + step.text());
            return null;
        }
        if (high.value() < low.value()) {
            problems.add(high, "high " + high.text() + " is below low " + low.text());
            return null;
        }
        long count = GeniusWebRange.count(low.value(), high.value(), step.value());
        try {
            if (low.asLong() != null && step.value() == 1) {
                return new IntegerIssue(name, low.asLong(), low.asLong() + count - 1);
            }
            double last = low.value() + (count - 1) * step.value();
            return new RealIssue(name, low.value(), last, step.value());
        } catch (IllegalArgumentException e) {
            problems.add(obj, e.getMessage());
            return null;
        }
    }
}
