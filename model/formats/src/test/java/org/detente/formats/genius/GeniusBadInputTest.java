package org.detente.formats.genius;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.detente.formats.InputException;
import org.detente.model.Domain;
import org.detente.model.Party;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each kind of malformed file gives an InputException naming file, line, column and field. */
class GeniusBadInputTest {
    @TempDir
    Path dir;

    private static final String DOMAIN = """
            <negotiation_template>
              <utility_space>
                <objective index="0" name="Jobs">
                  <issue index="1" name="Salary" type="discrete">
                    <item index="1" value="low"/>
                    <item index="2" value="mid"/>
                    <item index="3" value="high"/>
                  </issue>
                  <issue index="2" name="Days" type="integer" lowerbound="1" upperbound="5"/>
                </objective>
              </utility_space>
            </negotiation_template>
            """;

    /** A valid profile; tests break one piece of it. */
    private static final String PROFILE = """
            <utility_space>
              <objective index="0" name="Jobs">
                <issue index="1" name="Salary" type="discrete">
                  <item index="1" value="low" evaluation="1"/>
                  <item index="2" value="mid" evaluation="2"/>
                  <item index="3" value="high" evaluation="4"/>
                </issue>
                <issue index="2" name="Days" type="integer" lowerbound="1" upperbound="5">
                  <evaluator ftype="linear" slope="0.25" offset="0"/>
                </issue>
                <weight index="1" value="0.6"/>
                <weight index="2" value="0.4"/>
              </objective>
              <discount_factor value="0.9"/>
              <reservation value="0.2"/>
            </utility_space>
            """;

    private Domain domain() throws Exception {
        return GeniusXml.readDomain(write("domain.xml", DOMAIN));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void theValidProfileReads() throws Exception {
        Party p = GeniusXml.readProfile(write("p.xml", PROFILE), domain(), "p");
        assertThat(p.utility(new int[] {1, 2})).isEqualTo(0.6 * 0.5 + 0.4 * 0.5); // mid = 2/4; 0.25·(3 − 1)
        assertThat(p.preferences().discountFactor()).isEqualTo(0.9);
        assertThat(p.preferences().reservationValue()).isEqualTo(0.2);
    }

    static Stream<Arguments> badProfiles() {
        return Stream.of(
                Arguments.of("missing evaluation", "value=\"high\" evaluation=\"4\"", "value=\"high\"", 6,
                        "utility_space/objective/issue[Salary]/item[3]@evaluation", "missing attribute 'evaluation'"),
                Arguments.of("non-number", "evaluation=\"2\"", "evaluation=\"two\"", 5,
                        "issue[Salary]/item[2]@evaluation", "'two' is not a number"),
                Arguments.of("negative evaluation", "evaluation=\"2\"", "evaluation=\"-2\"", 5,
                        "issue[Salary]/item[2]@evaluation", "negative"),
                Arguments.of("NaN weight", "value=\"0.6\"", "value=\"NaN\"", 11,
                        "objective/weight[1]@value", "not a finite number"),
                Arguments.of("negative weight", "value=\"0.4\"", "value=\"-0.4\"", 12,
                        "objective/weight[2]@value", "negative"),
                Arguments.of("missing weight", "<weight index=\"2\" value=\"0.4\"/>", "", 8,
                        "issue[Days]@index", "missing weight"),
                Arguments.of("issue not in domain", "name=\"Days\"", "name=\"Hours\"", 8,
                        "issue[Hours]@name", "not in the domain"),
                Arguments.of("unknown value", "value=\"mid\"", "value=\"medium\"", 5,
                        "issue[Salary]/item[2]@value", "no value 'medium'"),
                Arguments.of("value without evaluation", "<item index=\"3\" value=\"high\" evaluation=\"4\"/>", "", 3,
                        "issue[Salary]", "no evaluation for the value 'high'"),
                Arguments.of("value twice", "value=\"high\"", "value=\"mid\"", 6,
                        "issue[Salary]/item[3]@value", "twice"),
                Arguments.of("kind mismatch", "name=\"Days\" type=\"integer\"", "name=\"Days\" type=\"discrete\"", 8,
                        "issue[Days]@type", "integer in the domain but discrete"),
                Arguments.of("missing slope", "slope=\"0.25\" ", "", 9,
                        "issue[Days]/evaluator@slope", "missing attribute 'slope'"),
                Arguments.of("bad discount", "value=\"0.9\"", "value=\"soon\"", 14,
                        "utility_space/discount_factor@value", "not a number"),
                Arguments.of("duplicate issue", "name=\"Days\" type", "name=\"Salary\" type", 8,
                        "@name", "appears twice"),
                Arguments.of("not well-formed", "</objective>", "</objectiv>", 13,
                        "", "not well-formed XML"),
                Arguments.of("wrong root", "<utility_space>", "<utility>", 1,
                        "utility", "expected <negotiation_template> or <utility_space>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badProfiles")
    void badProfilesNameFileLineAndField(String what, String from, String to, int line, String field, String problem)
            throws Exception {
        assertThat(PROFILE).contains(from);
        String text = what.equals("wrong root") ? PROFILE.replace("</utility_space>", "</utility>").replace(from, to)
                : PROFILE.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
        Path file = write("bad.xml", text);
        Domain d = domain();
        InputException e = catchThrowableOfType(InputException.class, () -> GeniusXml.readProfile(file, d, "p"));
        assertThat(e).as(what).isNotNull();
        assertThat(e.getMessage()).startsWith(file + ":" + line + ":");
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.column()).isPositive();
        assertThat(e.field()).contains(field);
        assertThat(e.problem()).contains(problem);
        assertThat(e.getMessage()).doesNotContain("Exception").doesNotContain("\n\tat ");
    }

    static Stream<Arguments> badDomains() {
        return Stream.of(
                Arguments.of("duplicate value", "value=\"mid\"", "value=\"low\"", 6,
                        "issue[Salary]/item[2]@value", "twice"),
                Arguments.of("min > max", "lowerbound=\"1\"", "lowerbound=\"9\"", 9,
                        "issue[Days]@lowerbound", "above upper bound"),
                Arguments.of("non-whole bound", "upperbound=\"5\"", "upperbound=\"5.5\"", 9,
                        "issue[Days]@upperbound", "not a whole number"),
                Arguments.of("duplicate index", "index=\"2\" name", "index=\"1\" name", 9,
                        "issue[Days]@index", "appears twice"),
                Arguments.of("unknown type", "type=\"integer\"", "type=\"price\"", 9,
                        "issue[Days]@type", "'price'"),
                Arguments.of("no items", "<item index=\"1\" value=\"low\"/>\n        <item index=\"2\" value=\"mid\"/>\n"
                        + "        <item index=\"3\" value=\"high\"/>\n", "", 4, "issue[Salary]", "no <item>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDomains")
    void badDomainsNameFileLineAndField(String what, String from, String to, int line, String field, String problem)
            throws Exception {
        assertThat(DOMAIN).contains(from);
        Path file = write("baddomain.xml", DOMAIN.replace(from, to));
        InputException e = catchThrowableOfType(InputException.class, () -> GeniusXml.readDomain(file));
        assertThat(e).as(what).isNotNull();
        assertThat(e.getMessage()).startsWith(file + ":" + line + ":");
        assertThat(e.field()).contains(field);
        assertThat(e.problem()).contains(problem);
    }

    @Test
    void realRangeWithMinAboveMaxIsRefused() throws Exception {
        Path file = write("real.xml", """
                <utility_space>
                  <objective index="0" name="R">
                    <issue index="1" name="Price" type="real">
                      <range lowerbound="10" upperbound="2"/>
                    </issue>
                  </objective>
                </utility_space>
                """);
        assertThatThrownBy(() -> GeniusXml.readDomain(file)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(file + ":4:")
                .hasMessageContaining("utility_space/objective/issue[Price]/range@lowerbound")
                .hasMessageContaining("above upper bound");
    }

    private static final String INT_DOMAIN = """
            <negotiation_template><utility_space><objective index="0" name="N">
            <issue index="1" name="a" type="integer" lowerbound="0" upperbound="9"/>
            <issue index="2" name="b" type="integer" lowerbound="0" upperbound="9"/>
            </objective></utility_space></negotiation_template>
            """;

    private static String nonlinear(String rectangle) {
        return """
                <utility_space type="nonlinear">
                <objective index="0" name="N">
                <issue index="1" name="a" type="integer" lowerbound="0" upperbound="9"/>
                <issue index="2" name="b" type="integer" lowerbound="0" upperbound="9"/>
                <utility maxutility="100">
                <ufun type="PlainUfun" weight="1" aggregation="sum">
                """ + rectangle + """
                </ufun>
                </utility>
                </objective>
                </utility_space>
                """;
    }

    @Test
    void hyperRectangleErrorsAreLocated() throws Exception {
        Domain d = GeniusXml.readDomain(write("n.xml", INT_DOMAIN));
        Path minMax = write("minmax.xml", nonlinear("""
                <hyperRectangle utility="5">
                <INCLUDES index="1" min="7" max="3"/>
                </hyperRectangle>
                """));
        assertThatThrownBy(() -> GeniusXml.readProfile(minMax, d, "p")).isInstanceOf(InputException.class)
                .hasMessageStartingWith(minMax + ":8:")
                .hasMessageContaining("utility_space/objective/utility/ufun/hyperRectangle/INCLUDES@min")
                .hasMessageContaining("above max");
        Path excludes = write("excl.xml", nonlinear("""
                <hyperRectangle utility="5">
                <EXCLUDES index="1" min="3" max="7"/>
                </hyperRectangle>
                """));
        assertThatThrownBy(() -> GeniusXml.readProfile(excludes, d, "p")).isInstanceOf(InputException.class)
                .hasMessageStartingWith(excludes + ":8:").hasMessageContaining("EXCLUDES");
        Path badIndex = write("idx.xml", nonlinear("""
                <hyperRectangle utility="5">
                <INCLUDES index="3" min="3" max="7"/>
                </hyperRectangle>
                """));
        assertThatThrownBy(() -> GeniusXml.readProfile(badIndex, d, "p")).isInstanceOf(InputException.class)
                .hasMessageStartingWith(badIndex + ":8:").hasMessageContaining("INCLUDES@index")
                .hasMessageContaining("index 3");
        Path ok = write("ok.xml", nonlinear("""
                <hyperRectangle utility="50">
                <INCLUDES index="2" min="3" max="7"/>
                </hyperRectangle>
                <hyperRectangle utility="80"/>
                """));
        Party p = GeniusXml.readProfile(ok, d, "p");
        assertThat(p.utility(new int[] {0, 5})).isEqualTo(1.0); // (50 + 80) / 100, capped
        assertThat(p.utility(new int[] {0, 8})).isEqualTo(0.8);
    }

    @Test
    void aCommentBeforeTheXmlDeclarationIsSkippedAndLinesStayRight() throws Exception {
        Domain d = domain();
        String good = "<!-- profile 1 -->\n<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n" + PROFILE;
        assertThat(GeniusXml.readProfile(write("c.xml", good), d, "p").utility(new int[] {2, 0})).isEqualTo(0.6);
        Path bad = write("cbad.xml", good.replace("evaluation=\"2\"", "evaluation=\"x\""));
        InputException e = catchThrowableOfType(InputException.class, () -> GeniusXml.readProfile(bad, d, "p"));
        assertThat(e.line()).isEqualTo(7); // 2 prefix lines + line 5 of the profile
        assertThat(e.getMessage()).startsWith(bad + ":7:");
        Path broken = write("cbroken.xml", "<!-- c -->\n<?xml version=\"1.0\"?>\n<utility_space>\n<objective>\n</utility_space>\n");
        InputException e2 = catchThrowableOfType(InputException.class, () -> GeniusXml.readProfile(broken, d, "p"));
        assertThat(e2.line()).isEqualTo(5);
        assertThat(e2.problem()).contains("not well-formed");
    }

    @Test
    void discountFactorsOutsideTheUnitIntervalBecomeOneAsInGenius() throws Exception {
        Domain d = domain();
        for (String df : List.of("0", "-0.5", "1.5")) {
            Path f = write("df.xml", PROFILE.replace("value=\"0.9\"", "value=\"" + df + "\""));
            assertThat(GeniusXml.readProfile(f, d, "p").preferences().discountFactor()).as(df).isEqualTo(1.0);
        }
        Path none = write("none.xml", PROFILE.replace("<discount_factor value=\"0.9\"/>", "")
                .replace("<reservation value=\"0.2\"/>", ""));
        Party p = GeniusXml.readProfile(none, d, "p");
        assertThat(p.preferences().discountFactor()).isEqualTo(1.0);
        assertThat(p.preferences().reservationValue()).isZero();
    }

    @Test
    void aBareUtilitySpaceDomainReadsLikeATemplate() throws Exception {
        String bare = DOMAIN.replace("<negotiation_template>", "").replace("</negotiation_template>", "");
        assertThat(GeniusXml.readDomain(write("bare.xml", bare))).isEqualTo(domain());
    }

    @Test
    void casesNeedTwoDistinctProfilesAndMissingFilesAreReported() throws Exception {
        Path domainFile = write("domain.xml", DOMAIN);
        Path p = write("p.xml", PROFILE);
        assertThatThrownBy(() -> GeniusXml.readCase(domainFile, List.of(p))).isInstanceOf(InputException.class)
                .hasMessageContaining("at least two profiles");
        Files.createDirectories(dir.resolve("sub"));
        Path p2 = Files.writeString(dir.resolve("sub/p.xml"), PROFILE);
        assertThatThrownBy(() -> GeniusXml.readCase(domainFile, List.of(p, p2))).isInstanceOf(InputException.class)
                .hasMessageContaining("'p'");
        Path missing = dir.resolve("nope.xml");
        assertThatThrownBy(() -> GeniusXml.readDomain(missing)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(missing + ": ").hasMessageContaining("cannot read");
    }
}
