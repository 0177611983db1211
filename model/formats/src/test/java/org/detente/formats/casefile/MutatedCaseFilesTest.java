package org.detente.formats.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.detente.formats.InputException;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Whatever is done to a valid file, loading gives a case or an InputException with a place, never another exception. */
class MutatedCaseFilesTest {
    private static final List<String> JUNK = List.of(".nan", "-.inf", "-1", "2", "0", "x", "[]", "{}", "null", "~",
            "[1, 2]", "{a: 1}", "\"\"", "true", "1e400", "[.nan, 1]", "{linear: {slope: .nan, offset: 0}}");

    @Property(tries = 500)
    void mutationsGiveACaseOrALocatedInputException(@ForAll long seed) {
        readOrLocate(mutate(BadCaseFilesTest.GOOD, 0, JUNK, new Random(seed)));
    }

    /** {@code good} with one to three of its lines from {@code first} on removed, doubled, or given junk. */
    static String mutate(String good, int first, List<String> junk, Random r) {
        List<String> lines = new ArrayList<>(Arrays.asList(good.split("\n")));
        for (int k = 1 + r.nextInt(3); k > 0; k--) {
            int i = first + r.nextInt(lines.size() - first);
            String line = lines.get(i);
            switch (r.nextInt(4)) {
                case 0 -> lines.remove(i);
                case 1 -> lines.add(i, line);
                case 2 -> {
                    int colon = line.indexOf(": ");
                    if (colon > 0) {
                        lines.set(i, line.substring(0, colon + 2) + junk.get(r.nextInt(junk.size())));
                    }
                }
                default -> {
                    int dash = line.indexOf("- ");
                    lines.set(i, dash >= 0 ? line.substring(0, dash + 2) + junk.get(r.nextInt(junk.size()))
                            : "  " + line);
                }
            }
        }
        return String.join("\n", lines);
    }

    /** Reading {@code text} gives a case or an InputException that names the source and a line. */
    static void readOrLocate(String text) {
        try {
            CaseFiles.read("m.yaml", text, Format.YAML);
        } catch (InputException e) {
            assertThat(e.source()).isEqualTo("m.yaml");
            assertThat(e.line()).as(e.getMessage() + "\n" + text).isPositive();
        }
    }
}
