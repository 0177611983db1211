package org.detente.formats.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.detente.formats.InputException;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Whatever is done to a file's profiles, ratifiers and gestures, loading gives a case or a located InputException. */
class MutatedPreparationFilesTest {
    private static final List<String> JUNK = List.of(".nan", "-.inf", "-1", "2", "0", "x", "[]", "{}", "null", "~",
            "[1, 2]", "{a: 1}", "\"\"", "true", "1e400", "{uniform: [1, 0]}", "{uniform: [2, 3]}",
            "{uniform: [.nan, 1]}", "{triangular: [0, 2, 1]}", "{triangular: [0, 0.5]}", "A", "B", "acknowledgement",
            "[inspections, channel]", "{nrrc: {uniform: [0, 1]}}");

    @Property(tries = 500)
    void mutationsGiveACaseOrALocatedInputException(@ForAll long seed) {
        Random r = new Random(seed);
        List<String> lines = new ArrayList<>(Arrays.asList(PreparationFilesTest.GOOD.split("\n")));
        int first = 25; // mutate only the preparation (lines 26 on)
        for (int k = 1 + r.nextInt(3); k > 0; k--) {
            int i = first + r.nextInt(lines.size() - first);
            String line = lines.get(i);
            switch (r.nextInt(4)) {
                case 0 -> lines.remove(i);
                case 1 -> lines.add(i, line);
                case 2 -> {
                    int colon = line.indexOf(": ");
                    if (colon > 0) {
                        lines.set(i, line.substring(0, colon + 2) + JUNK.get(r.nextInt(JUNK.size())));
                    }
                }
                default -> {
                    int dash = line.indexOf("- ");
                    lines.set(i, dash >= 0 ? line.substring(0, dash + 2) + JUNK.get(r.nextInt(JUNK.size()))
                            : "  " + line);
                }
            }
        }
        String text = String.join("\n", lines);
        try {
            CaseFiles.read("m.yaml", text, Format.YAML);
        } catch (InputException e) {
            assertThat(e.source()).isEqualTo("m.yaml");
            assertThat(e.line()).as(e.getMessage() + "\n" + text).isPositive();
        }
    }
}
