package org.detente.formats.gmcr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.detente.conflict.model.Condition;

/**
 * The statement language of Détente's conflict YAML: option ids combined with {@code not},
 * {@code and}, {@code or}, {@code if … then …} and parentheses. {@code not} binds tightest, then
 * {@code and}, then {@code or}; {@code if A then B} takes whole expressions. Ids are letters, digits,
 * {@code _} and {@code -}, starting with a letter or {@code _}.
 */
final class Expressions {
    private final String text;
    private final Map<String, Integer> ids;
    private final List<String> tokens = new ArrayList<>();
    private int pos;

    private Expressions(String text, Map<String, Integer> ids) {
        this.text = text;
        this.ids = ids;
    }

    /**
     * Parses a statement.
     *
     * @throws IllegalArgumentException with a message saying what is wrong
     */
    static Condition parse(String text, Map<String, Integer> ids) {
        Expressions e = new Expressions(text, ids);
        e.tokenize();
        if (e.tokens.isEmpty()) {
            throw new IllegalArgumentException("the statement is empty");
        }
        Condition c = e.implication();
        if (e.pos < e.tokens.size()) {
            throw new IllegalArgumentException("unexpected '" + e.tokens.get(e.pos) + "' in \"" + text + "\"");
        }
        return c;
    }

    private void tokenize() {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                tokens.add(String.valueOf(c));
                i++;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i;
                while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_'
                        || text.charAt(j) == '-')) {
                    j++;
                }
                tokens.add(text.substring(i, j));
                i = j;
            } else {
                throw new IllegalArgumentException("unexpected character '" + c + "' in \"" + text + "\"");
            }
        }
    }

    private String peek() {
        return pos < tokens.size() ? tokens.get(pos) : null;
    }

    private void expect(String t) {
        if (!t.equals(peek())) {
            throw new IllegalArgumentException("expected '" + t + "'" + (peek() == null ? " at the end" : " before '" + peek() + "'")
                    + " in \"" + text + "\"");
        }
        pos++;
    }

    private Condition implication() {
        if ("if".equals(peek())) {
            pos++;
            Condition premise = implication();
            expect("then");
            return new Condition.Implies(premise, implication());
        }
        return disjunction();
    }

    private Condition disjunction() {
        List<Condition> any = new ArrayList<>(List.of(conjunction()));
        while ("or".equals(peek())) {
            pos++;
            any.add(conjunction());
        }
        return any.size() == 1 ? any.get(0) : new Condition.Any(any);
    }

    private Condition conjunction() {
        List<Condition> all = new ArrayList<>(List.of(unary()));
        while ("and".equals(peek())) {
            pos++;
            all.add(unary());
        }
        return all.size() == 1 ? all.get(0) : new Condition.All(all);
    }

    private Condition unary() {
        String t = peek();
        if (t == null) {
            throw new IllegalArgumentException("the statement \"" + text + "\" ends too early");
        }
        pos++;
        switch (t) {
            case "not":
                Condition of = unary();
                return of instanceof Condition.Is is ? new Condition.Is(is.option(), !is.yes()) : new Condition.Not(of);
            case "(":
                Condition inner = implication();
                expect(")");
                return inner;
            case "and", "or", "then", "if", ")":
                throw new IllegalArgumentException("unexpected '" + t + "' in \"" + text + "\"");
            default:
                Integer o = ids.get(t);
                if (o == null) {
                    throw new IllegalArgumentException("unknown option '" + t + "' (known: " + String.join(", ", ids.keySet()) + ")");
                }
                return new Condition.Is(o, true);
        }
    }

    /** The text of a condition, with option ids; parses back to an equal condition. */
    static String print(Condition c, List<String> ids) {
        return print(c, ids, 0);
    }

    /** Precedence: 0 implication, 1 or, 2 and, 3 unary. */
    private static String print(Condition c, List<String> ids, int context) {
        String s;
        int own;
        if (c instanceof Condition.Is is) {
            return (is.yes() ? "" : "not ") + ids.get(is.option());
        } else if (c instanceof Condition.Not not) {
            return "not " + print(not.of(), ids, 3);
        } else if (c instanceof Condition.All all) {
            if (all.all().isEmpty()) {
                return "(" + ids.get(0) + " or not " + ids.get(0) + ")"; // always true
            }
            own = 2;
            s = String.join(" and ", all.all().stream().map(x -> print(x, ids, 3)).toList());
            if (all.all().size() == 1) {
                return print(all.all().get(0), ids, context);
            }
        } else if (c instanceof Condition.Any any) {
            if (any.any().isEmpty()) {
                return "(" + ids.get(0) + " and not " + ids.get(0) + ")"; // never true
            }
            own = 1;
            s = String.join(" or ", any.any().stream().map(x -> print(x, ids, 2)).toList());
            if (any.any().size() == 1) {
                return print(any.any().get(0), ids, context);
            }
        } else if (c instanceof Condition.Implies imp) {
            own = 0;
            s = "if " + print(imp.premise(), ids, 1) + " then " + print(imp.conclusion(), ids, 0);
        } else {
            throw new AssertionError(c);
        }
        return own < context ? "(" + s + ")" : s;
    }
}
