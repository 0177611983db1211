package org.detente.formats.casefile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.detente.formats.support.Node;
import org.detente.formats.support.Problems;
import org.detente.model.Belief;
import org.detente.model.ConcessionStyle;
import org.detente.model.CounterpartProfile;
import org.detente.model.Domain;
import org.detente.model.Gesture;
import org.detente.model.Issue;
import org.detente.model.Party;
import org.detente.model.Preparation;
import org.detente.model.Ratifier;
import org.detente.model.RedLine;
import org.detente.model.UtilityFunction;

/**
 * Reads a case file's {@code profiles}, {@code ratifiers} and {@code gestures}, recording every
 * problem at its place: an empty range, a belief with no probability inside [0, 1], an unknown
 * party, issue or value, a repeated name.
 */
final class PreparationReader {
    private final CaseReader reader;
    private final Problems problems;
    private final Domain domain;
    private final Set<String> partyNames;
    private final List<Party> parties;

    PreparationReader(CaseReader reader, Problems problems, Domain domain, Set<String> partyNames, List<Party> parties) {
        this.reader = reader;
        this.problems = problems;
        this.domain = domain;
        this.partyNames = partyNames;
        this.parties = parties;
    }

    /** The preparation of the case file at {@code root} (empty parts when absent). */
    Preparation read(Node.Obj root) {
        List<CounterpartProfile> profiles = new ArrayList<>();
        if (root.get("profiles") instanceof Node.Arr arr) {
            Map<String, Node> seen = new HashMap<>();
            for (Node n : arr.items()) {
                Node.Obj obj = (Node.Obj) n;
                String key = CaseReader.text(obj, "holder") + " → " + CaseReader.text(obj, "about");
                Node earlier = seen.putIfAbsent(key, obj);
                if (earlier != null) {
                    problems.add(obj.get("about"), "a profile " + key + " is already defined at line " + earlier.line());
                    continue;
                }
                CounterpartProfile p = profile(obj);
                if (p != null) {
                    profiles.add(p);
                }
            }
        }
        List<Ratifier> ratifiers = new ArrayList<>();
        if (root.get("ratifiers") instanceof Node.Arr arr) {
            Map<String, Node> seen = new HashMap<>();
            for (Node n : arr.items()) {
                Node.Obj obj = (Node.Obj) n;
                if (unique(seen, obj, "ratifier")) {
                    Ratifier r = ratifier(obj);
                    if (r != null) {
                        ratifiers.add(r);
                    }
                }
            }
        }
        List<Gesture> gestures = new ArrayList<>();
        if (root.get("gestures") instanceof Node.Arr arr) {
            Map<String, Node> seen = new HashMap<>();
            for (Node n : arr.items()) {
                Node.Obj obj = (Node.Obj) n;
                if (unique(seen, obj, "gesture")) {
                    Gesture g = gesture(obj);
                    if (g != null) {
                        gestures.add(g);
                    }
                }
            }
        }
        return problems.isEmpty() ? new Preparation(profiles, ratifiers, gestures) : Preparation.none();
    }

    private boolean unique(Map<String, Node> seen, Node.Obj obj, String what) {
        String name = CaseReader.text(obj, "name");
        Node earlier = seen.putIfAbsent(name, obj.get("name"));
        if (earlier != null) {
            problems.add(obj.get("name"), "a " + what + " named '" + name + "' is already defined at line " + earlier.line());
            return false;
        }
        return true;
    }

    /** The party named at {@code obj.key}, or null after recording "unknown party". */
    private String party(Node.Obj obj, String key) {
        Node.Str node = (Node.Str) obj.get(key);
        if (!partyNames.contains(node.value())) {
            problems.add(node, "unknown party '" + node.value() + "' (the parties are: "
                    + String.join(", ", parties.stream().map(Party::name).toList()) + ")");
            return null;
        }
        return node.value();
    }

    // ---- profiles ----

    private CounterpartProfile profile(Node.Obj obj) {
        String holder = party(obj, "holder");
        String about = party(obj, "about");
        if (holder != null && holder.equals(about)) {
            problems.add(obj.get("about"), "a profile of '" + about + "' held by '" + about
                    + "' itself: a profile is one party's beliefs about another");
            return null;
        }
        boolean ok = holder != null && about != null;
        Map<Integer, Belief> weights = new HashMap<>();
        if (obj.get("weights") instanceof Node.Obj w) {
            for (var e : w.members().entrySet()) {
                int i = reader.issueIndex(w.keys().get(e.getKey()));
                Belief b = belief(e.getValue());
                ok &= i >= 0 && b != null;
                if (i >= 0 && b != null) {
                    weights.put(i, b);
                }
            }
        }
        Map<Integer, Map<Integer, Belief>> evaluations = new HashMap<>();
        if (obj.get("values") instanceof Node.Obj vals) {
            for (var e : vals.members().entrySet()) {
                int i = reader.issueIndex(vals.keys().get(e.getKey()));
                if (i < 0) {
                    ok = false;
                    continue;
                }
                Map<Integer, Belief> m = values(domain.issue(i), (Node.Obj) e.getValue());
                ok &= m != null;
                if (m != null) {
                    evaluations.put(i, m);
                }
            }
        }
        Belief reservation = null;
        if (obj.get("reservation") != null) {
            reservation = belief(obj.get("reservation"));
            ok &= reservation != null;
        } else if (about != null) {
            double stated = parties.stream().filter(p -> p.name().equals(about)).findFirst()
                    .map(p -> p.preferences().reservationValue()).orElse(0.0);
            reservation = new Belief.Fixed(stated);
            try {
                reservation.checkUnit("reservation value");
            } catch (IllegalArgumentException e) {
                problems.missing(obj, "reservation", "the stated reservation value of '" + about + "', "
                        + stated + ", is outside [0, 1]: give a belief about it");
                ok = false;
            }
        }
        Optional<ConcessionStyle> concession = Optional.empty();
        Node style = obj.get("concession");
        if (style instanceof Node.Str s) {
            concession = Optional.of(ConcessionStyle.named(s.value()));
        } else if (style instanceof Node.Num n) {
            if (problems.finite(n) == null) {
                ok = false;
            } else {
                concession = Optional.of(ConcessionStyle.ofExponent(n.value()));
            }
        }
        List<RedLine> redLines = new ArrayList<>();
        if (obj.get("redLines") instanceof Node.Arr arr) {
            for (Node item : arr.items()) {
                RedLine r = reader.redLine((Node.Obj) item);
                ok &= r != null;
                if (r != null) {
                    redLines.add(r);
                }
            }
        }
        double credibility = 1;
        if (obj.get("credibility") != null) {
            Node.Num n = problems.finite(obj.get("credibility"));
            ok &= n != null;
            credibility = n == null ? 1 : n.value();
        }
        if (!ok) {
            return null;
        }
        try {
            return new CounterpartProfile(holder, about, weights, evaluations, reservation, concession, redLines,
                    credibility, string(obj, "history"), string(obj, "premises"));
        } catch (IllegalArgumentException e) {
            problems.add(obj, e.getMessage());
            return null;
        }
    }

    private Map<Integer, Belief> values(Issue issue, Node.Obj obj) {
        Map<Integer, Belief> m = new HashMap<>();
        boolean ok = true;
        for (var e : obj.members().entrySet()) {
            Node.Str key = obj.keys().get(e.getKey());
            int v = issue.enumerable() ? issue.indexOf(e.getKey()) : -1;
            if (v < 0) {
                problems.add(key, "issue '" + issue.name() + "' has no value '" + e.getKey() + "'");
                ok = false;
                continue;
            }
            if (m.containsKey(v)) {
                problems.add(key, "value '" + issue.label(v) + "' of issue '" + issue.name() + "' is given twice");
                ok = false;
                continue;
            }
            Belief b = belief(e.getValue());
            ok &= b != null;
            if (b != null) {
                m.put(v, b);
            }
        }
        return ok ? m : null;
    }

    /** A belief, or null after recording what is wrong with it. */
    private Belief belief(Node n) {
        try {
            Belief b;
            Node at = n;
            if (n instanceof Node.Num num) {
                if (problems.finite(num) == null) {
                    return null;
                }
                b = new Belief.Fixed(num.value());
            } else {
                Node.Obj obj = (Node.Obj) n;
                Node.Arr arr = (Node.Arr) (obj.get("uniform") != null ? obj.get("uniform") : obj.get("triangular"));
                at = arr;
                double[] x = new double[arr.items().size()];
                for (int i = 0; i < x.length; i++) {
                    Node.Num num = problems.finite(arr.items().get(i));
                    if (num == null) {
                        return null;
                    }
                    x[i] = num.value();
                }
                b = x.length == 2 ? new Belief.Uniform(x[0], x[1]) : new Belief.Triangular(x[0], x[1], x[2]);
            }
            if (!(b.unitMass() > 0)) {
                problems.add(at, "the belief " + b.describe() + " has no probability inside [0, 1]: a weight, "
                        + "an evaluation or a reservation value is a utility in [0, 1]");
                return null;
            }
            return b;
        } catch (IllegalArgumentException e) {
            problems.add(n instanceof Node.Obj obj && obj.members().size() == 1
                    ? obj.members().values().iterator().next() : n, e.getMessage());
            return null;
        }
    }

    private static String string(Node.Obj obj, String key) {
        return obj.get(key) instanceof Node.Str s ? s.value() : "";
    }

    // ---- ratifiers ----

    private Ratifier ratifier(Node.Obj obj) {
        String party = party(obj, "party");
        Node.Num threshold = problems.finite(obj.get("threshold"));
        UtilityFunction utility = obj.get("utility") != null
                ? new Rectangles(domain, problems).read((Node.Obj) obj.get("utility"))
                : reader.linear(obj);
        if (party == null || threshold == null || utility == null) {
            return null;
        }
        try {
            return new Ratifier(CaseReader.text(obj, "name"), party, utility, threshold.value(), string(obj, "rule"));
        } catch (IllegalArgumentException e) {
            problems.add(obj, e.getMessage());
            return null;
        }
    }

    // ---- gestures ----

    private Gesture gesture(Node.Obj obj) {
        String name = CaseReader.text(obj, "name");
        String giver = party(obj, "giver");
        String receiver = party(obj, "receiver");
        boolean ok = giver != null && receiver != null;
        if (ok && giver.equals(receiver)) {
            problems.add(obj.get("receiver"), "gesture '" + name + "' is made by '" + giver + "' to itself");
            ok = false;
        }
        Gesture.Kind kind = Gesture.Kind.valueOf(CaseReader.text(obj, "kind").toUpperCase(java.util.Locale.ROOT));
        Node.Num cost = problems.finite(obj.get("cost"));
        Node.Num value = problems.finite(obj.get("value"));
        ok &= cost != null && value != null;
        List<Integer> issues = new ArrayList<>();
        if (obj.get("issues") instanceof Node.Arr arr) {
            for (Node item : arr.items()) {
                int i = reader.issueIndex((Node.Str) item);
                ok &= i >= 0;
                issues.add(i);
            }
        }
        String disagreement = string(obj, "disagreement");
        if (kind == Gesture.Kind.ACKNOWLEDGEMENT && disagreement.isBlank()) {
            Node d = obj.get("disagreement");
            if (d != null) {
                problems.add(d, "an acknowledgement needs the disagreement to state beside it, not a blank");
            }
            ok = false;
        }
        if (!ok) {
            return null;
        }
        try {
            return new Gesture(name, giver, receiver, kind, cost.value(), value.value(), issues,
                    string(obj, "statement"), disagreement);
        } catch (IllegalArgumentException e) {
            problems.add(obj, e.getMessage());
            return null;
        }
    }
}
