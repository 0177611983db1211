package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Tables and paragraphs wrap to the terminal's width without losing or reordering a character. */
class TextTableTest {
    @Test
    void aWidePackageWrapsAtItsSeparatorsUnderItsColumn() {
        String pkg = "warheadCeiling=1450, deliveryVehicles=600, inspections=18, "
                + "launchNotification=missiles-and-major-exercises, crisisChannel=hotline";
        String out = new TextTable("#", "u", "package").row("1", "0.9384", pkg).render("  ", 70);
        List<String> lines = out.lines().toList();
        assertThat(lines).hasSizeGreaterThan(3);
        for (String l : lines) {
            assertThat(l.length()).isLessThanOrEqualTo(70);
        }
        int column = lines.get(0).indexOf("package");
        assertThat(lines.get(2).substring(column)).startsWith("warheadCeiling=1450,");
        assertThat(lines.get(3).substring(0, column)).isBlank();
        String joined = String.join(" ", lines.subList(2, lines.size()).stream()
                .map(l -> l.substring(column)).toList());
        assertThat(joined).isEqualTo(pkg);
    }

    @Test
    void proseFillsEachLineWordByWord() {
        String why = "Concede warheadCeiling 1400 → 1550; inspections 18 → 16 (the concessions of ladder step 1 of 7,"
                + " costing us 0.122): their 1 offer(s) put weight 0.28 on warheadCeiling (0.28 before the talks),"
                + " so it buys the most from them.";
        List<String> lines = TextTable.prose("  Why: ", why, "       ").lines().toList();
        for (int k = 0; k + 1 < lines.size(); k++) {
            // no line ends early: the next line's first word would not have fitted on it
            String next = lines.get(k + 1).strip().split(" ")[0];
            assertThat(lines.get(k).length() + 1 + next.length()).isGreaterThan(TextTable.width());
        }
        assertThat(String.join(" ", lines.stream().map(String::strip).toList())).isEqualTo("Why: " + why);
    }

    @Test
    void aNarrowTableIsUnchanged() {
        String out = new TextTable("a", "b").row("x", "y").render("", 70);
        assertThat(out).isEqualTo("a  b\n─  ─\nx  y\n");
    }

    @Property(tries = 300)
    void wrappingKeepsEveryCharacterInOrder(@ForAll @StringLength(max = 300) String raw,
                                            @ForAll @IntRange(min = 5, max = 80) int room) {
        String text = raw.replace('\n', ' ').strip();
        List<String> lines = TextTable.wrap(text, room);
        assertThat(String.join(" ", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
        for (String l : lines) {
            assertThat(l.length() <= room || !l.strip().contains(" ")).as("'%s' fits in %d or is one word", l, room)
                    .isTrue();
        }
    }
}
