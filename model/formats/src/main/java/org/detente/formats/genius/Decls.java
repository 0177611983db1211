package org.detente.formats.genius;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

import org.detente.formats.InputException;
import org.detente.formats.genius.XmlTree.El;

/**
 * Locates the objective of a GENIUS file and reads the issue declarations under it (shared by
 * domain and profile files).
 */
final class Decls {
    private Decls() {
    }

    /** GENIUS's three issue kinds. */
    enum Kind {
        DISCRETE, INTEGER, REAL;

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One {@code <issue>} element.
     *
     * @param el     the element
     * @param number GENIUS's issue number (the {@code index} attribute)
     * @param name   the issue name
     * @param kind   its kind
     */
    record IssueDecl(El el, int number, String name, Kind kind) {
    }

    /**
     * The {@code <utility_space>} of a file whose root is either {@code <negotiation_template>}
     * holding one, or the {@code <utility_space>} itself.
     */
    static El utilitySpace(Fields f, El root) throws InputException {
        if (root.tag().equals("utility_space")) {
            return root;
        }
        if (root.tag().equals("negotiation_template")) {
            El us = root.first("utility_space");
            if (us == null) {
                throw f.error(root, "<negotiation_template> has no <utility_space>");
            }
            return us;
        }
        throw f.error(root, "expected <negotiation_template> or <utility_space> as the root element, found <"
                + root.tag() + ">");
    }

    /** The root objective of a utility space; nested objectives are refused. */
    static El objective(Fields f, El utilitySpace) throws InputException {
        List<El> objectives = utilitySpace.all("objective");
        if (objectives.isEmpty()) {
            throw f.error(utilitySpace, "<utility_space> has no <objective>");
        }
        if (objectives.size() > 1) {
            throw f.error(objectives.get(1), "only one root <objective> is supported");
        }
        El objective = objectives.get(0);
        El nested = objective.first("objective");
        if (nested != null) {
            throw f.error(nested, "nested objectives are not supported (only issues directly under the root objective)");
        }
        return objective;
    }

    /**
     * The issue declarations under an objective, with distinct numbers and names.
     */
    static List<IssueDecl> issues(Fields f, El objective) throws InputException {
        var list = new ArrayList<IssueDecl>();
        var numbers = new HashMap<Integer, El>();
        var names = new HashMap<String, El>();
        for (El el : objective.all("issue")) {
            String name = f.text(el, "name");
            int number = f.index(el, "index");
            if (names.put(name, el) != null) {
                throw f.error(el, "name", "the issue name '" + name + "' appears twice");
            }
            if (numbers.put(number, el) != null) {
                throw f.error(el, "index", "the issue index " + number + " appears twice");
            }
            list.add(new IssueDecl(el, number, name, kind(f, el)));
        }
        return list;
    }

    /**
     * The issue's kind as GENIUS decides it: the {@code type} attribute when present (GENIUS
     * prefers it over {@code vtype}/{@code etype} when they disagree), otherwise discrete.
     */
    static Kind kind(Fields f, El el) throws InputException {
        String type = el.attr("type");
        if (type == null) {
            return Kind.DISCRETE;
        }
        return switch (type.trim().toLowerCase(Locale.ROOT)) {
            case "discrete" -> Kind.DISCRETE;
            case "integer" -> Kind.INTEGER;
            case "real" -> Kind.REAL;
            default -> throw f.error(el, "type", "issue type '" + type
                    + "' is not one GENIUS can evaluate (expected discrete, integer or real)");
        };
    }
}
