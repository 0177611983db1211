package org.detente.isolation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.detente.model.DiscreteIssue;
import org.detente.model.HyperRectangleUtility;
import org.detente.model.IntegerIssue;
import org.detente.model.Issue;
import org.detente.model.LinearAdditiveUtility;
import org.detente.model.OutcomeSpace;
import org.detente.model.Preferences;
import org.detente.model.RealIssue;
import org.detente.model.RedLine;
import org.detente.model.ValueFunction;
import org.detente.rehearsal.Deadline;

/**
 * The model's types as the protocol's messages and back. Pure functions. Decoding gives back
 * preferences whose utilities are the same numbers, bit for bit: a value function is sent as its
 * evaluation of every value, which is what the utility tables read.
 */
final class Encoding {
    private Encoding() {
    }

    /** A domain as the protocol sends it. */
    public static Message.Domain domain(org.detente.model.Domain d) {
        List<Message.Issue> issues = new ArrayList<>(d.size());
        for (Issue is : d.issues()) {
            List<String> labels = new ArrayList<>(is.cardinality());
            for (int v = 0; v < is.cardinality(); v++) {
                labels.add(is.label(v));
            }
            if (is instanceof DiscreteIssue) {
                issues.add(new Message.Discrete(is.name(), labels));
            } else if (is instanceof IntegerIssue i) {
                issues.add(new Message.Whole(is.name(), labels, i.min(), i.max()));
            } else if (is instanceof RealIssue r) {
                List<Double> numbers = new ArrayList<>(labels.size());
                for (int v = 0; v < labels.size(); v++) {
                    numbers.add(r.numeric(v));
                }
                issues.add(new Message.Real(is.name(), labels, r.min(), r.max(), r.step(), numbers));
            } else {
                throw new AssertionError(is);
            }
        }
        return new Message.Domain(d.name(), issues);
    }

    /** A party's preferences as the protocol sends them (value functions as evaluation tables). */
    public static Message.Preferences preferences(Preferences p) {
        org.detente.model.Domain d = p.utility().domain();
        Message.Utility u;
        if (p.utility() instanceof LinearAdditiveUtility lin) {
            List<List<Double>> evaluations = new ArrayList<>(d.size());
            for (int i = 0; i < d.size(); i++) {
                List<Double> e = new ArrayList<>(d.issue(i).cardinality());
                for (int v = 0; v < d.issue(i).cardinality(); v++) {
                    e.add(lin.evaluation(i, v));
                }
                evaluations.add(e);
            }
            u = new Message.Additive(lin.weights(), evaluations);
        } else if (p.utility() instanceof HyperRectangleUtility h) {
            List<Message.Rectangle> rs = new ArrayList<>(h.rectangles().size());
            for (HyperRectangleUtility.Rectangle r : h.rectangles()) {
                rs.add(new Message.Rectangle(r.utility(), r.bounds().stream()
                        .map(b -> new Message.Bound(b.issue(), b.min(), b.max())).toList()));
            }
            u = new Message.Rectangles(h.maxUtility(), rs);
        } else {
            throw new AssertionError(p.utility());
        }
        List<List<Boolean>> allowed = null;
        if (!p.redLines().isEmpty()) {
            allowed = new ArrayList<>(d.size());
            for (int i = 0; i < d.size(); i++) {
                List<Boolean> a = new ArrayList<>(d.issue(i).cardinality());
                for (int v = 0; v < d.issue(i).cardinality(); v++) {
                    a.add(p.allows(i, v));
                }
                allowed.add(a);
            }
        }
        return new Message.Preferences(p.reservationValue(), p.discountFactor(), u, allowed);
    }

    /**
     * The preferences a start message describes, over the domain it describes.
     *
     * @throws IllegalArgumentException if they do not fit together
     */
    public static Preferences preferences(Message.Domain domain, Message.Preferences p) {
        List<Issue> issues = new ArrayList<>(domain.issues().size());
        for (Message.Issue is : domain.issues()) {
            if (is instanceof Message.Discrete d) {
                issues.add(new DiscreteIssue(d.name(), d.values()));
            } else if (is instanceof Message.Whole w) {
                issues.add(new IntegerIssue(w.name(), w.min(), w.max()));
            } else if (is instanceof Message.Real r) {
                issues.add(new RealIssue(r.name(), r.min(), r.max(), r.step()));
            } else {
                throw new AssertionError(is);
            }
        }
        org.detente.model.Domain d = new org.detente.model.Domain(domain.name(), issues);
        org.detente.model.UtilityFunction u;
        if (p.utility() instanceof Message.Additive a) {
            if (a.evaluations().size() != d.size()) {
                throw new IllegalArgumentException("the domain has " + d.size() + " issues but " + a.evaluations().size()
                        + " evaluation tables were given");
            }
            u = new LinearAdditiveUtility(d, a.weights(), a.evaluations().stream()
                    .map(e -> (ValueFunction) new ValueFunction.Table(e)).toList());
        } else if (p.utility() instanceof Message.Rectangles r) {
            u = new HyperRectangleUtility(d, r.rectangles().stream().map(x -> new HyperRectangleUtility.Rectangle(
                    x.utility(), x.bounds().stream().map(b -> new HyperRectangleUtility.Bound(b.issue(), b.min(), b.max()))
                            .toList())).toList(), r.maxUtility());
        } else {
            throw new AssertionError(p.utility());
        }
        List<RedLine> redLines = new ArrayList<>();
        if (p.allowed() != null) {
            for (int i = 0; i < p.allowed().size(); i++) {
                List<Integer> refused = new ArrayList<>();
                for (int v = 0; v < p.allowed().get(i).size(); v++) {
                    if (!p.allowed().get(i).get(v)) {
                        refused.add(v);
                    }
                }
                if (!refused.isEmpty()) {
                    redLines.add(new RedLine.Refuse(i, refused));
                }
            }
        }
        return new Preferences(u, p.reservationValue(), p.discountFactor(), redLines);
    }

    /** A deadline as the protocol sends it. */
    public static Message.Deadline deadline(Deadline d) {
        if (d instanceof Deadline.Rounds r) {
            return new Message.Deadline(r.rounds(), null);
        } else if (d instanceof Deadline.Time t) {
            return new Message.Deadline(null, t.duration().toMillis());
        }
        throw new AssertionError(d);
    }

    /** The deadline a message describes (a time on this JVM's clock). */
    public static Deadline deadline(Message.Deadline d) {
        return d.rounds() != null ? Deadline.rounds(d.rounds()) : Deadline.time(Duration.ofMillis(d.millis()));
    }

    /** The value indices of outcome {@code index}. */
    public static List<Integer> outcome(OutcomeSpace space, long index) {
        int[] v = new int[space.domain().size()];
        space.decode(index, v);
        List<Integer> out = new ArrayList<>(v.length);
        for (int x : v) {
            out.add(x);
        }
        return out;
    }

    /**
     * The index of the outcome with these value indices.
     *
     * @throws IllegalArgumentException if there is not one index per issue, each in range
     */
    public static long index(OutcomeSpace space, List<Integer> values) {
        int n = space.domain().size();
        if (values.size() != n) {
            throw new IllegalArgumentException("an outcome has " + n + " value indices, one per issue; this one has "
                    + values.size());
        }
        int[] v = new int[n];
        for (int i = 0; i < n; i++) {
            v[i] = values.get(i);
            if (v[i] < 0 || v[i] >= space.radix(i)) {
                throw new IllegalArgumentException("value index " + v[i] + " of issue '" + space.domain().issue(i).name()
                        + "' is outside [0, " + space.radix(i) + ")");
            }
        }
        return space.encode(v);
    }
}
