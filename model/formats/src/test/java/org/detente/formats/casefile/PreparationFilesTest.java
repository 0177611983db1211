package org.detente.formats.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.detente.formats.InputException;
import org.detente.model.Belief;
import org.detente.model.ConcessionStyle;
import org.detente.model.CounterpartProfile;
import org.detente.model.Gesture;
import org.detente.model.NegotiationCase;
import org.detente.model.Ratifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profiles, ratifiers and gestures in case files: read, written back, and every bad one located. */
class PreparationFilesTest {
    /** {@link BadCaseFilesTest#GOOD} (lines 1–25) and a preparation from line 26 on. */
    static final String GOOD = BadCaseFilesTest.GOOD + String.join("\n",
            "profiles:",                                                   // 26
            "  - holder: A",                                               // 27
            "    about: B",                                                // 28
            "    credibility: 0.7",                                        // 29
            "    reservation: {uniform: [0.1, 0.3]}",                      // 30
            "    concession: boulware",                                    // 31
            "    weights:",                                                // 32
            "      inspections: {triangular: [0.3, 0.5, 0.7]}",            // 33
            "    values:",                                                 // 34
            "      channel: {nrrc: {uniform: [0.2, 0.8]}}",                // 35
            "      inspections: {\"18\": 0.1}",                            // 36
            "    redLines:",                                               // 37
            "      - {issue: inspections, within: [0, 12]}",               // 38
            "    history: They met before.",                               // 39
            "ratifiers:",                                                  // 40
            "  - name: Senate",                                            // 41
            "    party: A",                                                // 42
            "    threshold: 0.5",                                          // 43
            "    rule: two thirds",                                        // 44
            "    weights: {inspections: 1, channel: 0}",                   // 45
            "    values:",                                                 // 46
            "      inspections: {linear: {slope: 0.0625, offset: 0}}",     // 47
            "      channel: {hotline: 0, nrrc: 1}",                        // 48
            "gestures:",                                                   // 49
            "  - name: hear them",                                         // 50
            "    giver: A",                                                // 51
            "    receiver: B",                                             // 52
            "    kind: acknowledgement",                                   // 53
            "    cost: 0.01",                                              // 54
            "    value: 0.05",                                             // 55
            "    issues: [channel]",                                       // 56
            "    disagreement: We still disagree.",                        // 57
            "");

    @TempDir
    Path dir;

    private NegotiationCase read(String text) throws Exception {
        Path file = dir.resolve("prep.yaml");
        Files.writeString(file, text);
        return CaseFiles.read(file);
    }

    private InputException fail(int line, String with) throws Exception {
        String[] lines = GOOD.split("\n", -1);
        lines[line - 1] = with;
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, String.join("\n", lines));
        InputException e = catchThrowableOfType(InputException.class, () -> CaseFiles.read(file));
        assertThat(e).as("an InputException for line " + line + ": " + with).isNotNull();
        assertThat(e.source()).isEqualTo(file.toString());
        assertThat(e.getMessage()).doesNotContain("\n").startsWith(file + ":" + e.line() + ":");
        return e;
    }

    private static void assertAt(InputException e, int line, String field, String words) {
        assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
        assertThat(e.field()).as(e.getMessage()).isEqualTo(field);
        assertThat(e.problem()).as(e.getMessage()).contains(words);
    }

    @Test
    void theGoodFileReadsAsWritten() throws Exception {
        NegotiationCase c = read(GOOD);
        CounterpartProfile p = c.preparation().profile("A", "B").orElseThrow();
        assertThat(p.credibility()).isEqualTo(0.7);
        assertThat(p.reservation()).isEqualTo(new Belief.Uniform(0.1, 0.3));
        assertThat(p.concession()).contains(ConcessionStyle.BOULWARE);
        assertThat(p.weights()).containsEntry(0, new Belief.Triangular(0.3, 0.5, 0.7));
        assertThat(p.evaluations().get(1)).containsEntry(1, new Belief.Uniform(0.2, 0.8));
        assertThat(p.evaluations().get(0)).containsEntry(18, new Belief.Fixed(0.1));
        assertThat(p.redLines()).hasSize(1);
        assertThat(p.history()).isEqualTo("They met before.");
        Ratifier senate = c.preparation().ratifiers().get(0);
        assertThat(senate.party()).isEqualTo("A");
        assertThat(senate.accepts(new int[] {8, 0})).isTrue();
        assertThat(senate.accepts(new int[] {7, 1})).isFalse();
        Gesture g = c.preparation().gestures().get(0);
        assertThat(g.kind()).isEqualTo(Gesture.Kind.ACKNOWLEDGEMENT);
        assertThat(g.issues()).containsExactly(1);
        assertThat(g.disagreement()).isEqualTo("We still disagree.");
    }

    @Test
    void roundTripsInYamlAndJson() throws Exception {
        NegotiationCase c = read(GOOD);
        for (Format f : List.of(Format.YAML, Format.JSON)) {
            String text = CaseFiles.toText(c, f);
            assertThat(CaseFiles.read("back." + f.name().toLowerCase(java.util.Locale.ROOT), text, f)).as(text)
                    .isEqualTo(c);
        }
    }

    @Test
    void aCustomExponentAndAFixedReservationRoundTrip() throws Exception {
        NegotiationCase c = read(GOOD.replace("concession: boulware", "concession: 0.5")
                .replace("reservation: {uniform: [0.1, 0.3]}", "reservation: 0.2"));
        CounterpartProfile p = c.preparation().profiles().get(0);
        assertThat(p.concession().orElseThrow().exponent()).isEqualTo(0.5);
        assertThat(p.reservation()).isEqualTo(new Belief.Fixed(0.2));
        assertThat(CaseFiles.read("b.yaml", CaseFiles.toText(c, Format.YAML), Format.YAML)).isEqualTo(c);
    }

    @Test
    void aReservationLeftOutIsTheStatedOneForCertain() throws Exception {
        NegotiationCase c = read(GOOD.replace("    reservation: {uniform: [0.1, 0.3]}\n", ""));
        assertThat(c.preparation().profiles().get(0).reservation()).isEqualTo(new Belief.Fixed(0.2));
    }

    @Test
    void aRangeWhoseMinimumExceedsItsMaximum() throws Exception {
        InputException e = fail(30, "    reservation: {uniform: [0.3, 0.1]}");
        assertAt(e, 30, "profiles[0].reservation.uniform", "minimum exceeds its maximum");
        InputException t = fail(33, "      inspections: {triangular: [0.7, 0.5, 0.3]}");
        assertAt(t, 33, "profiles[0].weights.inspections.triangular", "minimum exceeds its maximum");
    }

    @Test
    void aDistributionWithNoMassInsideTheUnitInterval() throws Exception {
        InputException e = fail(35, "      channel: {nrrc: {uniform: [1.2, 1.5]}}");
        assertAt(e, 35, "profiles[0].values.channel.nrrc.uniform", "no probability inside [0, 1]");
        InputException f = fail(36, "      inspections: {\"18\": -0.5}");
        assertAt(f, 36, "profiles[0].values.inspections.18", "no probability inside [0, 1]");
    }

    @Test
    void aRatifierNamingAnUnknownParty() throws Exception {
        InputException e = fail(42, "    party: C");
        assertAt(e, 42, "ratifiers[0].party", "unknown party 'C'");
        assertThat(e.problem()).contains("A, B");
    }

    @Test
    void aGestureOnAnUnknownIssue() throws Exception {
        InputException e = fail(56, "    issues: [missileDefence]");
        assertAt(e, 56, "gestures[0].issues[0]", "unknown issue 'missileDefence'");
    }

    @Test
    void otherBadProfilesRatifiersAndGestures() throws Exception {
        assertAt(fail(28, "    about: A"), 28, "profiles[0].about", "itself");
        assertAt(fail(27, "  - holder: Z"), 27, "profiles[0].holder", "unknown party 'Z'");
        assertAt(fail(29, "    credibility: 1.5"), 29, "profiles[0].credibility", "");
        assertAt(fail(29, "    credibility: .nan"), 29, "profiles[0].credibility", "finite");
        assertAt(fail(31, "    concession: stubborn"), 31, "profiles[0].concession", "boulware");
        assertAt(fail(30, "    reservation: {uniform: 0.4}"), 30, "profiles[0].reservation.uniform", "array expected");
        assertAt(fail(30, "    reservation: {normal: [0.4, 0.1]}"), 30, "profiles[0].reservation.normal", "not defined");
        assertAt(fail(33, "      inspection: 0.5"), 33, "profiles[0].weights.inspection", "unknown issue");
        assertAt(fail(35, "      channel: {satellite: 0.5}"), 35, "profiles[0].values.channel.satellite", "no value");
        assertAt(fail(38, "      - {issue: channel, within: [0, 1]}"), 38, "profiles[0].redLines[0].within", "discrete");
        assertAt(fail(45, "    weights: {inspections: 0.5, channel: 0}"), 45, "ratifiers[0].weights", "sum to");
        assertAt(fail(43, "    threshold: .nan"), 43, "ratifiers[0].threshold", "finite");
        assertAt(fail(52, "    receiver: A"), 52, "gestures[0].receiver", "to itself");
        assertAt(fail(53, "    kind: bribe"), 53, "gestures[0].kind", "");
        assertAt(fail(54, "    cost: -0.01"), 54, "gestures[0].cost", "");
        assertAt(fail(57, "    disagreement: \" \""), 57, "gestures[0].disagreement", "disagreement");
        InputException missing = fail(57, "    statement: We hear you.");
        assertThat(missing.field()).isEqualTo("gestures[0].disagreement");
        assertThat(missing.line()).isBetween(50, 57);
    }

    @Test
    void exportsThatCannotExpressThePreparationRefuseOrDropIt() throws Exception {
        NegotiationCase c = read(GOOD.replace("    redLines:\n      - {issue: inspections, within: [0, 10]}\n", "")
                .replace("    reservation: 0.2\n", ""));
        assertThat(c.preparation().isEmpty()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> org.detente.formats.geniusweb.GeniusWebJson.write(c, dir.resolve("gw")))
                .hasMessageContaining("profiles, ratifiers or gestures");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> org.detente.formats.genius.GeniusXml.write(c, dir.resolve("g")))
                .hasMessageContaining("profiles, ratifiers or gestures");
        List<Path> files = org.detente.formats.geniusweb.GeniusWebJson.write(c, dir.resolve("best"),
                org.detente.formats.geniusweb.GeniusWebJson.Fidelity.BEST_EFFORT);
        NegotiationCase back = org.detente.formats.geniusweb.GeniusWebJson.readCase(files.get(0), files.subList(1, 3));
        assertThat(back.preparation().isEmpty()).isTrue();
    }

    @Test
    void repeatedNamesAreLocatedAtTheSecond() throws Exception {
        String two = GOOD + String.join("\n",
                "  - name: hear them",
                "    giver: B",
                "    receiver: A",
                "    kind: respect",
                "    cost: 0",
                "    value: 0.01",
                "");
        Path file = dir.resolve("two.yaml");
        Files.writeString(file, two);
        InputException e = catchThrowableOfType(InputException.class, () -> CaseFiles.read(file));
        assertAt(e, 58, "gestures[1].name", "already defined at line 50");
    }
}
