package org.detente.formats.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;

import org.detente.formats.InputException;
import org.detente.formats.InputLimits;
import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The YAML tree, read from the parser's events: typed as Jackson's YAML reader types, placed, bounded. */
class YamlTreeTest {
    private static final YAMLMapper JACKSON = YAMLMapper.builder().build();

    /** Scalars of every shape the JSON schema of YAML 1.2 distinguishes, and their near misses. */
    @Provide
    Arbitrary<String> scalar() {
        Arbitrary<String> words = Arbitraries.of("null", "Null", "NULL", "~", "true", "false", "True", "FALSE", "yes",
                "no", "on", ".inf", "-.inf", "+.inf", ".nan", ".NaN", "+1", "01", "-0", "0", "0x1F", "0o17", "1_000",
                "1.", "-1.5e3", "1e5", "1E+5", "1e", "2.5.1", "-", ".5", "12:30", "1,5", "NaN", "Infinity", "''", "\"\"",
                "'12'", "\"true\"", "!!str 12", "!!int 12", "!!int ''", "!!float 1.5", "!!bool True", "!!float 1", "!!bool true", "!!null x", "abc def", "9007199254740993",
                "123456789012345678901234567890", "-123456789012345678", "1234567890123456789");
        Arbitrary<String> longs = Arbitraries.longs().map(String::valueOf);
        Arbitrary<String> doubles = Arbitraries.doubles().map(String::valueOf);
        Arbitrary<String> text = Arbitraries.strings().withChars("abcxyz019 ._-").ofMinLength(1).ofMaxLength(12)
                .filter(s -> Character.isLetterOrDigit(s.charAt(0)) && !s.endsWith(" "));
        return Arbitraries.oneOf(words, longs, doubles, text);
    }

    @Property(tries = 400)
    void scalarsAreTypedAsJacksonTypesThem(@ForAll("scalar") String a, @ForAll("scalar") String b,
                                           @ForAll("scalar") String c) throws Exception {
        String yaml = "a: " + a + "\nlist:\n  - " + b + "\n  - [" + c.replace(",", "") + "]\nflow: {k: " + b + "}\n";
        JsonNode theirs;
        try {
            theirs = JACKSON.readTree(yaml);
        } catch (tools.jackson.core.JacksonException e) {
            // not YAML (a lone "-", say): refused by both
            assertThat(catchThrowableOfType(InputException.class, () -> TreeReader.read("t.yaml", yaml, Syntax.YAML)))
                    .as(yaml).isNotNull();
            return;
        }
        assertThat(shape(TreeReader.read("t.yaml", yaml, Syntax.YAML))).as(yaml).isEqualTo(shape(theirs));
    }

    /** A value's kind and content, positions aside. */
    private static Object shape(Node n) {
        if (n instanceof Node.Obj o) {
            List<Object> out = new ArrayList<>();
            o.members().forEach((k, v) -> out.add(List.of(k, shape(v))));
            return out;
        } else if (n instanceof Node.Arr a) {
            return a.items().stream().map(YamlTreeTest::shape).toList();
        } else if (n instanceof Node.Str s) {
            return "s:" + s.value();
        } else if (n instanceof Node.Num num) {
            return (num.integral() ? "i:" : "f:") + Double.doubleToLongBits(num.value() + 0.0);
        } else if (n instanceof Node.Bool b) {
            return "b:" + b.value();
        } else if (n instanceof Node.Null) {
            return "null";
        }
        throw new AssertionError(n);
    }

    private static Object shape(JsonNode n) {
        if (n.isObject()) {
            List<Object> out = new ArrayList<>();
            n.properties().forEach(e -> out.add(List.of(e.getKey(), shape(e.getValue()))));
            return out;
        } else if (n.isArray()) {
            List<Object> out = new ArrayList<>();
            n.values().forEach(v -> out.add(shape(v)));
            return out;
        } else if (n.isString()) {
            return "s:" + n.asString();
        } else if (n.isNumber()) {
            return (n.isIntegralNumber() ? "i:" : "f:") + Double.doubleToLongBits(n.doubleValue() + 0.0);
        } else if (n.isBoolean()) {
            return "b:" + n.booleanValue();
        } else if (n.isNull()) {
            return "null";
        }
        throw new AssertionError(n);
    }

    @Test
    void valuesKnowTheirLineColumnAndPath() throws InputException {
        Node.Obj root = (Node.Obj) TreeReader.read("t.yaml", "name: x\nparties:\n  - name: a\n    weights: {w: 0.5}\n", Syntax.YAML);
        Node.Obj party = (Node.Obj) ((Node.Arr) root.get("parties")).items().get(0);
        Node w = ((Node.Obj) party.get("weights")).get("w");
        assertThat(w.path()).isEqualTo("parties[0].weights.w");
        assertThat(w.line()).isEqualTo(4);
        assertThat(w.column()).isEqualTo(18);
        // a member's object is placed at its key, not where its first member starts
        assertThat(root.get("parties").line()).isEqualTo(2);
    }

    @Test
    void anUnplacedReadIsTheSameTreeWithoutLines() throws InputException {
        String yaml = "name: &n x\nlist: [1, 2.5, *n, {k: true}]\nnothing:\n";
        Node placed = TreeReader.read("t.yaml", yaml, Syntax.YAML);
        Node unplaced = TreeReader.readUnplaced("t.yaml", yaml, Syntax.YAML);
        assertThat(shape(unplaced)).isEqualTo(shape(placed));
        Node list = ((Node.Obj) unplaced).get("list");
        assertThat(list.line()).isZero();
        assertThat(((Node.Arr) list).items().get(3).column()).isZero();
        assertThat(((Node.Arr) list).items().get(2).path()).isEqualTo("list[2]");
    }

    @Test
    void anAliasStandsForItsAnchoredValue() throws InputException {
        Node.Obj root = (Node.Obj) TreeReader.read("t.yaml",
                "name: &n the case\ndescription: *n\nbase: &w {a: 1, b: 2}\nother: *w\n", Syntax.YAML);
        Node.Str d = (Node.Str) root.get("description");
        assertThat(d.value()).isEqualTo("the case");
        assertThat(d.line()).isEqualTo(2);
        assertThat(d.path()).isEqualTo("description");
        assertThat(((Node.Obj) root.get("other")).members()).isEqualTo(((Node.Obj) root.get("base")).members());
    }

    @Test
    void anAliasBombIsALimitNamingTheAlias() {
        var yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [").append(("*a" + (i - 1) + ", ").repeat(8))
                    .append("*a").append(i - 1).append("]\n");
        }
        InputException e = catchThrowableOfType(InputException.class, () -> TreeReader.read("bomb.yaml", yaml.toString(), Syntax.YAML));
        assertThat(e.limit()).isTrue();
        assertThat(e.line()).isBetween(2, 10);
        assertThat(e.problem()).contains("aliases repeat more than 1,000,000 values");
    }

    @Test
    void anAliasWithoutItsAnchorIsNamed() {
        InputException e = catchThrowableOfType(InputException.class, () -> TreeReader.read("t.yaml", "a: 1\nb: *nowhere\n", Syntax.YAML));
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.problem()).contains("*nowhere").contains("no anchor");
    }

    @Test
    void aSecondDocumentAnEmptyOneAndDuplicateKeysAreProblems() {
        InputException two = catchThrowableOfType(InputException.class, () -> TreeReader.read("t.yaml", "a: 1\n---\nb: 2\n", Syntax.YAML));
        assertThat(two.line()).isEqualTo(2);
        assertThat(two.problem()).contains("only one document");
        InputException empty = catchThrowableOfType(InputException.class, () -> TreeReader.read("t.yaml", "# nothing\n", Syntax.YAML));
        assertThat(empty.problem()).isEqualTo("the document is empty");
        InputException dup = catchThrowableOfType(InputException.class, () -> TreeReader.read("t.yaml", "a: 1\nb: 2\na: 3\n", Syntax.YAML));
        assertThat(dup.line()).isEqualTo(3);
        assertThat(dup.problem()).contains("'a' appears twice (first on line 1)");
    }

    @Test
    void aLongBlockScalarIsALimitAtItsLine() {
        String block = ("  " + "x".repeat(70) + "\n").repeat(InputLimits.MAX_STRING_CHARS / 70 + 1);
        InputException e = catchThrowableOfType(InputException.class,
                () -> TreeReader.read("t.yaml", "name: a\ndescription: |\n" + block, Syntax.YAML));
        assertThat(e.limit()).isTrue();
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.problem()).contains("a string is limited to 1,048,576");
    }

    @Test
    void aLongMultiLineKeyIsALimit() {
        String key = ("  " + "k".repeat(70) + "\n").repeat(InputLimits.MAX_STRING_CHARS / 70 + 1);
        InputException e = catchThrowableOfType(InputException.class,
                () -> TreeReader.read("t.yaml", "name: a\n? |\n" + key + ": 1\n", Syntax.YAML));
        assertThat(e.limit()).isTrue();
        assertThat(e.problem()).contains("a key is").contains("limited to 1,048,576");
    }

    @Test
    void deepBlockNestingIsRefusedAtTheLevelBeyondTheLimit() {
        var yaml = new StringBuilder();
        for (int i = 0; i <= InputLimits.MAX_NESTING; i++) {
            yaml.append("  ".repeat(i)).append("k:\n");
        }
        yaml.append("  ".repeat(InputLimits.MAX_NESTING + 1)).append("v: 1\n");
        InputException e = catchThrowableOfType(InputException.class, () -> TreeReader.read("t.yaml", yaml.toString(), Syntax.YAML));
        assertThat(e.problem()).contains("nest deeper than " + InputLimits.MAX_NESTING);
    }

    @Test
    void aSyntaxErrorNamesItsLineAndColumn() {
        InputException e = catchThrowableOfType(InputException.class, () -> TreeReader.read("t.yaml", "version: 1\nname: x\n  bad: [\n", Syntax.YAML));
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(6);
        assertThat(e.problem()).isEqualTo("syntax error: mapping values are not allowed here");
    }
}
