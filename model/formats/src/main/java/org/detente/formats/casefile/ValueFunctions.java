package org.detente.formats.casefile;

import java.util.ArrayList;
import java.util.List;

import org.detente.formats.support.Node;
import org.detente.formats.support.Problems;
import org.detente.model.DiscreteIssue;
import org.detente.model.Issue;
import org.detente.model.ValueFunction;

/** Reads one party's value function for one issue: a table, {@code linear} or {@code points}. */
final class ValueFunctions {
    private final Issue issue;
    private final Problems problems;

    ValueFunctions(Issue issue, Problems problems) {
        this.issue = issue;
        this.problems = problems;
    }

    /** The function, or null after recording the problems. */
    ValueFunction read(Node.Obj obj) {
        if (obj.get("linear") instanceof Node.Obj linear) {
            return discreteRefuses(obj) ? null : linear(linear);
        }
        if (obj.get("points") instanceof Node.Arr points) {
            return discreteRefuses(obj) ? null : points(points);
        }
        return table(obj);
    }

    private boolean discreteRefuses(Node.Obj obj) {
        if (issue instanceof DiscreteIssue) {
            problems.add(obj, "issue '" + issue.name() + "' is discrete: give an evaluation for each value"
                    + " (value: evaluation), not a function");
            return true;
        }
        return false;
    }

    private ValueFunction linear(Node.Obj obj) {
        Node.Num slope = problems.finite(obj.get("slope"));
        Node.Num offset = problems.finite(obj.get("offset"));
        Node originNode = obj.get("origin");
        Node.Num origin = originNode == null ? null : problems.finite(originNode);
        if (slope == null || offset == null || (originNode != null && origin == null)) {
            return null;
        }
        double o = origin != null ? origin.value() : CaseWriter.lowerBound(issue);
        return new ValueFunction.Linear(slope.value(), offset.value(), o);
    }

    private ValueFunction points(Node.Arr arr) {
        List<ValueFunction.Point> points = new ArrayList<>();
        double lastX = Double.NEGATIVE_INFINITY;
        for (Node item : arr.items()) {
            List<Node> xy = ((Node.Arr) item).items();
            Node.Num x = problems.finite(xy.get(0));
            Node.Num y = evaluation(xy.get(1));
            if (x == null || y == null) {
                return null;
            }
            if (!(x.value() > lastX)) {
                problems.add(x, "the points' x must increase strictly, but " + x.text() + " follows " + lastX);
                return null;
            }
            lastX = x.value();
            points.add(new ValueFunction.Point(x.value(), y.value()));
        }
        return new ValueFunction.PiecewiseLinear(points);
    }

    private ValueFunction table(Node.Obj obj) {
        if (!issue.enumerable()) {
            problems.add(obj, "issue '" + issue.name() + "' is a real range without a step: give linear or points");
            return null;
        }
        Double[] values = new Double[issue.cardinality()];
        boolean ok = true;
        for (var e : obj.members().entrySet()) {
            Node.Str key = obj.keys().get(e.getKey());
            int index = issue.indexOf(e.getKey());
            if (index < 0) {
                problems.add(key, "issue '" + issue.name() + "' has no value '" + e.getKey() + "'"
                        + (issue instanceof DiscreteIssue ? "" : " (outside its range or off its step)"));
                ok = false;
                continue;
            }
            if (values[index] != null) {
                problems.add(key, "value '" + issue.label(index) + "' of issue '" + issue.name() + "' is evaluated twice");
                ok = false;
                continue;
            }
            Node.Num y = evaluation(e.getValue());
            if (y == null) {
                ok = false;
            } else {
                values[index] = y.value();
            }
        }
        if (!ok) {
            return null;
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                problems.add(obj, "no evaluation for value '" + issue.label(i) + "' of issue '" + issue.name() + "'");
                ok = false;
            }
        }
        return ok ? new ValueFunction.Table(List.of(values)) : null;
    }

    private Node.Num evaluation(Node n) {
        Node.Num num = (Node.Num) n;
        if (!(num.value() >= 0 && num.value() <= 1)) {
            problems.add(num, "an evaluation must be in [0, 1], not " + num.text());
            return null;
        }
        return num;
    }
}
