package org.detente.formats.casefile;

import java.util.ArrayList;
import java.util.List;

import org.detente.formats.support.Node;
import org.detente.formats.support.Problems;
import org.detente.model.DiscreteIssue;
import org.detente.model.Domain;
import org.detente.model.HyperRectangleUtility;

/** Reads a party's non-linear {@code utility: {type: hyperrectangles, …}}. */
final class Rectangles {
    private final Domain domain;
    private final Problems problems;

    Rectangles(Domain domain, Problems problems) {
        this.domain = domain;
        this.problems = problems;
    }

    /** The utility function, or null after recording the problems. */
    HyperRectangleUtility read(Node.Obj obj) {
        double maxUtility = 1;
        boolean ok = true;
        if (obj.get("maxUtility") instanceof Node.Num m) {
            if (!(m.value() > 0) || Double.isInfinite(m.value())) {
                problems.add(m, "maxUtility must be a positive finite number, not " + m.text());
                ok = false;
            }
            maxUtility = m.value();
        }
        List<HyperRectangleUtility.Rectangle> rectangles = new ArrayList<>();
        for (Node item : ((Node.Arr) obj.get("rectangles")).items()) {
            HyperRectangleUtility.Rectangle r = rectangle((Node.Obj) item);
            ok &= r != null;
            if (r != null) {
                rectangles.add(r);
            }
        }
        return ok ? new HyperRectangleUtility(domain, rectangles, maxUtility) : null;
    }

    private HyperRectangleUtility.Rectangle rectangle(Node.Obj obj) {
        Node.Num utility = (Node.Num) obj.get("utility");
        boolean ok = true;
        if (!Double.isFinite(utility.value())) {
            problems.add(utility, "must be a finite number, not " + utility.text());
            ok = false;
        }
        Node.Obj bounds = (Node.Obj) obj.get("bounds");
        List<HyperRectangleUtility.Bound> list = new ArrayList<>();
        for (var e : bounds.members().entrySet()) {
            Node.Str key = bounds.keys().get(e.getKey());
            int i = domain.indexOf(e.getKey());
            if (i < 0) {
                problems.add(key, "unknown issue '" + e.getKey() + "'");
                ok = false;
                continue;
            }
            if (domain.issue(i) instanceof DiscreteIssue) {
                problems.add(key, "issue '" + e.getKey() + "' is discrete: hyper-rectangles bound numeric issues only");
                ok = false;
                continue;
            }
            Node.Arr interval = (Node.Arr) e.getValue();
            Node.Num lo = (Node.Num) interval.items().get(0);
            Node.Num hi = (Node.Num) interval.items().get(1);
            if (Double.isNaN(lo.value()) || Double.isNaN(hi.value()) || hi.value() < lo.value()) {
                problems.add(interval, "the interval [" + lo.text() + ", " + hi.text() + "] is empty");
                ok = false;
                continue;
            }
            list.add(new HyperRectangleUtility.Bound(i, lo.value(), hi.value()));
        }
        return ok ? new HyperRectangleUtility.Rectangle(utility.value(), list) : null;
    }
}
