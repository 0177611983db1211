package org.detente.formats.geniusweb;

import org.detente.formats.support.Node;
import org.detente.formats.support.Problems;
import org.detente.model.DiscreteIssue;
import org.detente.model.Domain;
import org.detente.model.Issue;
import org.detente.model.LinearAdditiveUtility;

/**
 * Reads a GeniusWeb bid, {@code {"issuevalues": {issue: value}}}, and computes its utility the
 * GeniusWeb way: the weighted sum over the issues it names (a partial bid scores 0 on the others).
 */
final class BidReader {
    private final Problems problems;
    private final Domain domain;

    BidReader(Problems problems, Domain domain) {
        this.problems = problems;
        this.domain = domain;
    }

    /** The bid's utility, or null after recording the problems. */
    Double utility(Node node, LinearAdditiveUtility utility) {
        if (!(node instanceof Node.Obj obj)) {
            problems.add(node, "a bid must be an object with \"issuevalues\", not " + node.kind());
            return null;
        }
        Node.Obj values = Json.object(obj, "issuevalues", problems);
        if (values == null) {
            return null;
        }
        double sum = 0;
        boolean ok = true;
        for (int i = 0; i < domain.size(); i++) {
            Issue issue = domain.issue(i);
            Node v = values.get(issue.name());
            if (v == null) {
                continue;
            }
            int index = index(issue, v);
            if (index < 0) {
                ok = false;
            } else {
                sum += utility.weight(i) * utility.evaluation(i, index);
            }
        }
        for (var e : values.keys().entrySet()) {
            if (domain.indexOf(e.getKey()) < 0) {
                problems.add(e.getValue(), "unknown issue '" + e.getKey() + "'");
                ok = false;
            }
        }
        return ok ? sum : null;
    }

    private int index(Issue issue, Node v) {
        String text;
        if (issue instanceof DiscreteIssue) {
            if (!(v instanceof Node.Str s)) {
                problems.add(v, "a value of the discrete issue '" + issue.name() + "' must be a string");
                return -1;
            }
            text = s.value();
        } else if (v instanceof Node.Num n) {
            text = n.text();
        } else if (v instanceof Node.Str s) {
            text = s.value();
        } else {
            problems.add(v, "a value of the numeric issue '" + issue.name() + "' must be a number");
            return -1;
        }
        int index = issue.indexOf(text);
        if (index < 0) {
            problems.add(v, "issue '" + issue.name() + "' has no value " + text);
        }
        return index;
    }
}
