package org.detente.formats.gmcr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.detente.conflict.model.Condition;
import org.detente.conflict.model.Conflict;
import org.detente.conflict.model.ConflictOption;
import org.detente.conflict.model.DecisionMaker;
import org.detente.conflict.model.Direction;
import org.detente.conflict.model.Pattern;
import org.detente.conflict.model.Preferences;
import org.detente.formats.InputException;
import org.detente.formats.support.Node;

/** Reads Détente's conflict YAML (see {@code docs/conflict.md}). */
final class YamlReader {
    private static final Set<String> ROOT = Set.of("conflict", "options", "decisionMakers", "infeasibles");
    private static final Set<String> OPTION = Set.of("id", "name", "direction");
    private static final Set<String> DM = Set.of("name", "options", "preferences", "preferenceRanking");
    private static final Set<String> KEYWORDS = Set.of("not", "and", "or", "if", "then");

    private final Fields f;

    private YamlReader(String source) {
        this.f = new Fields(source);
    }

    static Conflict read(String source, Node rootNode) throws InputException {
        return new YamlReader(source).conflict(rootNode);
    }

    private void known(Node.Obj o, Set<String> keys) throws InputException {
        for (var e : o.keys().entrySet()) {
            if (!keys.contains(e.getKey())) {
                throw f.at(e.getValue(), "unknown key '" + e.getKey() + "' (known: " + String.join(", ", keys.stream().sorted().toList()) + ")");
            }
        }
    }

    private Conflict conflict(Node rootNode) throws InputException {
        Node.Obj root = f.obj(rootNode);
        known(root, ROOT);
        String title = root.get("conflict") == null ? "" : f.str(root.get("conflict"));
        Map<String, Integer> ids = new LinkedHashMap<>();
        List<ConflictOption> options = new ArrayList<>();
        for (Node on : f.arr(f.require(root, "options"))) {
            Node.Obj o = f.obj(on);
            known(o, OPTION);
            Node idNode = f.require(o, "id");
            String id = f.str(idNode);
            if (!id.matches("[\\p{L}_][\\p{L}\\p{N}_-]*") || KEYWORDS.contains(id)) {
                throw f.at(idNode, "'" + id + "' is not a usable id (letters, digits, _ and -, starting with a letter; not a keyword)");
            }
            if (ids.putIfAbsent(id, options.size()) != null) {
                throw f.at(idNode, "the id '" + id + "' is used twice");
            }
            String name = o.get("name") == null ? id : f.str(o.get("name"));
            Direction dir = Direction.BOTH;
            if (o.get("direction") != null) {
                Node d = o.get("direction");
                dir = switch (f.str(d)) {
                    case "both" -> Direction.BOTH;
                    case "forward" -> Direction.FORWARD;
                    case "backward" -> Direction.BACKWARD;
                    default -> throw f.at(d, "expected both, forward (only N→Y) or backward (only Y→N), found '" + f.str(d) + "'");
                };
            }
            options.add(new ConflictOption(name.isBlank() ? id : name, dir));
        }
        List<DecisionMaker> dms = new ArrayList<>();
        for (Node dn : f.arr(f.require(root, "decisionMakers"))) {
            Node.Obj d = f.obj(dn);
            known(d, DM);
            String name = f.str(f.require(d, "name"));
            List<Integer> controlled = new ArrayList<>();
            for (Node x : f.arr(f.require(d, "options"))) {
                Integer o = ids.get(f.str(x));
                if (o == null) {
                    throw f.at(x, "unknown option '" + f.str(x) + "' (known: " + String.join(", ", ids.keySet()) + ")");
                }
                if (controlled.contains(o)) {
                    throw f.at(x, "option '" + f.str(x) + "' is listed twice");
                }
                controlled.add(o);
            }
            if (controlled.isEmpty()) {
                throw f.at(d.get("options"), "decision maker '" + name + "' controls no option");
            }
            Node p = d.get("preferences");
            Node r = d.get("preferenceRanking");
            if ((p == null) == (r == null)) {
                throw f.at(d, "give exactly one of preferences (prioritised statements) and preferenceRanking");
            }
            Preferences prefs;
            if (r != null) {
                prefs = GmcrJsonReader.ranking(f, r);
            } else {
                List<Condition> statements = new ArrayList<>();
                for (Node s : f.arr(p)) {
                    statements.add(expression(s, ids));
                }
                prefs = new Preferences.Prioritised(statements);
            }
            if (name.isBlank()) {
                throw f.at(d.get("name"), "a decision maker's name must not be blank");
            }
            dms.add(new DecisionMaker(name, controlled, prefs));
        }
        List<Pattern> infeasible = new ArrayList<>();
        if (root.get("infeasibles") != null) {
            for (Node pn : f.arr(root.get("infeasibles"))) {
                infeasible.add(pattern(pn, ids));
            }
        }
        return new Conflict(title, options, dms, infeasible);
    }

    private Condition expression(Node s, Map<String, Integer> ids) throws InputException {
        try {
            return Expressions.parse(f.str(s), ids);
        } catch (IllegalArgumentException e) {
            throw f.at(s, e.getMessage());
        }
    }

    private Pattern pattern(Node pn, Map<String, Integer> ids) throws InputException {
        Condition c = expression(pn, ids);
        List<Condition> lits = c instanceof Condition.All all ? all.all() : List.of(c);
        long yes = 0;
        long no = 0;
        for (Condition l : lits) {
            if (!(l instanceof Condition.Is is)) {
                throw f.at(pn, "a pattern is options joined by 'and', each possibly with 'not'");
            }
            long bit = 1L << is.option();
            if (((is.yes() ? no : yes) & bit) != 0) {
                throw f.at(pn, "the pattern requires an option to be both Y and N");
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
