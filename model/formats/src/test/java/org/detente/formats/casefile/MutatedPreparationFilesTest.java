package org.detente.formats.casefile;


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
        // mutate only the preparation (lines 26 on)
        MutatedCaseFilesTest.readOrLocate(MutatedCaseFilesTest.mutate(PreparationFilesTest.GOOD, 25, JUNK,
                new Random(seed)));
    }
}
