package org.detente.formats.gmcr;

import java.util.ArrayList;
import java.util.List;

import org.detente.conflict.model.Condition;
import org.detente.conflict.model.Conflict;
import org.detente.conflict.model.ConflictOption;
import org.detente.conflict.model.DecisionMaker;
import org.detente.conflict.model.Direction;
import org.detente.conflict.model.Pattern;
import org.detente.conflict.model.Preferences;
import org.detente.formats.InputException;
import org.detente.formats.support.Node;

/**
 * Reads a GMCR+ save file (the JSON of gmcr-py). Uses {@code options}, {@code decisionMakers},
 * {@code infeasibles}, {@code useManualPreferenceRanking}, {@code useManualPreferenceVectors} and each
 * decision maker's {@code preferenceRanking} / {@code preferenceVector}; ignores every other key.
 */
final class GmcrJsonReader {
    private final Fields f;

    private GmcrJsonReader(String source) {
        this.f = new Fields(source);
    }

    static Conflict read(String source, Node rootNode, String title) throws InputException {
        return new GmcrJsonReader(source).conflict(rootNode, title);
    }

    private Conflict conflict(Node rootNode, String title) throws InputException {
        Node.Obj root = f.obj(rootNode);
        List<Node> optionNodes = f.arr(f.require(root, "options"));
        int n = optionNodes.size();
        List<ConflictOption> options = new ArrayList<>();
        for (Node on : optionNodes) {
            Node.Obj o = f.obj(on);
            Node nameNode = f.require(o, "name");
            String name = f.str(nameNode);
            if (name.isBlank()) {
                throw f.at(nameNode, "an option's name must not be blank");
            }
            Node dirNode = o.get("permittedDirection");
            Direction dir = Direction.BOTH;
            if (dirNode != null && !(dirNode instanceof Node.Null)) {
                dir = switch (f.str(dirNode)) {
                    case "both" -> Direction.BOTH;
                    case "fwd" -> Direction.FORWARD;
                    case "back" -> Direction.BACKWARD;
                    default -> throw f.at(dirNode, "expected \"both\", \"fwd\" or \"back\", found \"" + f.str(dirNode) + "\"");
                };
            }
            options.add(new ConflictOption(name, dir));
        }
        boolean ranking = f.flag(root, "useManualPreferenceRanking", false);
        boolean vectors = f.flag(root, "useManualPreferenceVectors", false);
        List<DecisionMaker> dms = new ArrayList<>();
        for (Node dn : f.arr(f.require(root, "decisionMakers"))) {
            Node.Obj d = f.obj(dn);
            Node nameNode = f.require(d, "name");
            String name = f.str(nameNode);
            if (name.isBlank()) {
                throw f.at(nameNode, "a decision maker's name must not be blank");
            }
            List<Integer> controlled = new ArrayList<>();
            for (Node x : f.arr(f.require(d, "options"))) {
                controlled.add(f.integer(x));
            }
            Preferences prefs;
            if (ranking || vectors) {
                String key = ranking ? "preferenceRanking" : "preferenceVector";
                Node r = d.get(key);
                if (r == null && !ranking) {
                    r = d.get("preferenceRanking");
                }
                if (r == null) {
                    throw f.missing(d, key);
                }
                prefs = ranking(r);
            } else {
                Node p = f.require(d, "preferences");
                List<Condition> statements = new ArrayList<>();
                for (Node s : f.arr(p)) {
                    statements.add(statement(s, n));
                }
                prefs = new Preferences.Prioritised(statements);
            }
            if (controlled.isEmpty()) {
                throw f.at(d.get("options"), "decision maker '" + name + "' controls no option");
            }
            if (controlled.stream().distinct().count() != controlled.size()) {
                throw f.at(d.get("options"), "decision maker '" + name + "' lists an option twice");
            }
            dms.add(new DecisionMaker(name, controlled, prefs));
        }
        List<Pattern> infeasible = new ArrayList<>();
        Node inf = root.get("infeasibles");
        if (inf != null && !(inf instanceof Node.Null)) {
            for (Node p : f.arr(inf)) {
                infeasible.add(pattern(p, n));
            }
        }
        return new Conflict(title, options, dms, infeasible);
    }

    Preferences.Ranked ranking(Node r) throws InputException {
        return ranking(f, r);
    }

    /** A ranking: state numbers best first, a nested list for a tie. */
    static Preferences.Ranked ranking(Fields f, Node r) throws InputException {
        List<List<Integer>> groups = new ArrayList<>();
        for (Node item : f.arr(r)) {
            if (item instanceof Node.Arr tie) {
                if (tie.items().isEmpty()) {
                    throw f.at(item, "a tie group must not be empty");
                }
                List<Integer> g = new ArrayList<>();
                for (Node x : tie.items()) {
                    g.add(f.integer(x));
                }
                groups.add(g);
            } else {
                groups.add(List.of(f.integer(item)));
            }
        }
        return new Preferences.Ranked(groups);
    }

    private Condition statement(Node s, int n) throws InputException {
        if (s instanceof Node.Obj o) {
            Node compound = o.get("compound");
            if (compound != null && !f.bool(compound)) {
                throw f.at(compound, "a statement object must be compound (true)");
            }
            List<Condition> any = new ArrayList<>();
            for (Node m : f.arr(f.require(o, "members"))) {
                any.add(conjunction(m, n));
            }
            return new Condition.Any(any);
        }
        return conjunction(s, n);
    }

    private Condition conjunction(Node s, int n) throws InputException {
        List<Condition> all = new ArrayList<>();
        for (Node lit : f.arr(s)) {
            all.add(literal(lit, n));
        }
        return all.size() == 1 ? all.get(0) : new Condition.All(all);
    }

    private Condition.Is literal(Node lit, int n) throws InputException {
        List<Node> pair = f.arr(lit);
        if (pair.size() != 2) {
            throw f.at(lit, "expected [optionIndex, \"Y\" or \"N\"], found a list of " + pair.size());
        }
        int o = f.integer(pair.get(0));
        if (o < 0 || o >= n) {
            throw f.at(pair.get(0), "option index " + o + " is out of range (0.." + (n - 1) + ")");
        }
        String v = f.str(pair.get(1));
        if (!v.equals("Y") && !v.equals("N")) {
            throw f.at(pair.get(1), "expected \"Y\" or \"N\", found \"" + v + "\"");
        }
        return new Condition.Is(o, v.equals("Y"));
    }

    private Pattern pattern(Node p, int n) throws InputException {
        long yes = 0;
        long no = 0;
        List<Node> lits = f.arr(p);
        if (lits.isEmpty()) {
            throw f.at(p, "an empty pattern would make every state infeasible");
        }
        for (Node lit : lits) {
            Condition.Is is = literal(lit, n);
            long bit = 1L << is.option();
            if (((is.yes() ? no : yes) & bit) != 0) {
                throw f.at(lit, "the pattern requires option " + is.option() + " to be both Y and N");
            }
            if (is.yes()) {
                yes |= bit;
            } else {
                no |= bit;
            }
        }
        return new Pattern(yes, no);
    }
}
