package org.detente.formats.geniusweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.detente.formats.InputException;
import org.detente.formats.casefile.CaseFiles;
import org.detente.model.DiscreteIssue;
import org.detente.model.Domain;
import org.detente.model.IntegerIssue;
import org.detente.model.NegotiationCase;
import org.detente.model.Party;
import org.detente.model.RealIssue;
import org.detente.model.RedLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small hand-written GeniusWeb files: both key styles, number ranges, reservation bids, errors. */
class GeniusWebFixturesTest {
    static final String DOMAIN = """
            {
              "name": "jobs",
              "issuesValues": {
                "salary": {"range": {"low": 2000, "high": 4000, "step": 500}},
                "lease car": {"values": ["yes", "no"]},
                "hours": {"range": {"low": 30, "high": 40, "step": 1}},
                "bonus": {"range": {"low": 0.5, "high": 1.6, "step": 0.5}}
              }
            }
            """;

    /** Older key style (discreteutils / numberutils) with a reservation bid. */
    static final String OLD_PROFILE = """
            {"LinearAdditiveUtilitySpace": {
              "issueUtilities": {
                "salary": {"numberutils": {"lowValue": 2000, "lowUtility": 0, "highValue": 4000, "highUtility": 1}},
                "lease car": {"discreteutils": {"valueUtilities": {"yes": 1, "no": 0.25}}},
                "hours": {"numberutils": {"lowValue": 30, "lowUtility": 1, "highValue": 40, "highUtility": 0.5}},
                "bonus": {"numberutils": {"lowValue": 0.5, "lowUtility": 0.2, "highValue": 1.6, "highUtility": 1}}
              },
              "issueWeights": {"salary": 0.4, "lease car": 0.1, "hours": 0.3, "bonus": 0.2},
              "domain": %s,
              "name": "employee",
              "reservationBid": {"issuevalues": {"salary": 3000, "lease car": "no", "hours": 40, "bonus": 1.0}}
            }}
            """.formatted(DOMAIN);

    /** Newer key style, same structure, no reservation bid. */
    static final String NEW_PROFILE = """
            {"LinearAdditiveUtilitySpace": {
              "issueUtilities": {
                "lease car": {"DiscreteValueSetUtilities": {"valueUtilities": {"yes": 0, "no": 1}}},
                "salary": {"NumberValueSetUtilities": {"lowValue": 2000, "lowUtility": 1, "highValue": 4000, "highUtility": 0}},
                "hours": {"NumberValueSetUtilities": {"lowValue": 30, "lowUtility": 0, "highValue": 40, "highUtility": 1}},
                "bonus": {"NumberValueSetUtilities": {"lowValue": 0.5, "lowUtility": 1, "highValue": 1.6, "highUtility": 0}}
              },
              "issueWeights": {"salary": 0.5, "lease car": 0.2, "hours": 0.2, "bonus": 0.1},
              "domain": %s,
              "name": "employer"
            }}
            """.formatted(DOMAIN);

    @TempDir
    Path dir;

    private NegotiationCase jobs() throws Exception {
        Files.writeString(dir.resolve("jobs.json"), DOMAIN);
        Files.writeString(dir.resolve("a.json"), OLD_PROFILE);
        Files.writeString(dir.resolve("b.json"), NEW_PROFILE);
        return GeniusWebJson.readCase(dir.resolve("jobs.json"), List.of(dir.resolve("a.json"), dir.resolve("b.json")));
    }

    @Test
    void rangesBecomeIntegerOrSteppedRealIssuesInFileOrder() throws Exception {
        Domain d = jobs().domain();
        assertThat(d.issues()).containsExactly(
                new RealIssue("salary", 2000, 4000, 500),
                new DiscreteIssue("lease car", List.of("yes", "no")),
                new IntegerIssue("hours", 30, 40),
                // GeniusWeb's range 0.5..1.6 step 0.5 holds 0.5, 1.0, 1.5: high is not on the step
                new RealIssue("bonus", 0.5, 1.5, 0.5));
        assertThat(d.outcomeSpace().longSize()).isEqualTo(5 * 2 * 11 * 3);
    }

    @Test
    void bothKeyStylesScoreTheGeniusWebWay() throws Exception {
        NegotiationCase c = jobs();
        Party employee = c.party(0);
        Party employer = c.party(1);
        int[] o = c.domain().outcome(Map.of("salary", "3500", "lease car", "no", "hours", "36", "bonus", "1.5")).toArray();
        double bonusA = 0.2 + 0.8 * (1.5 - 0.5) / 1.1;
        assertThat(employee.utility(o)).isCloseTo(0.4 * 0.75 + 0.1 * 0.25 + 0.3 * (1 - 0.5 * 0.6) + 0.2 * bonusA, within(1e-12));
        double bonusB = 1 - (1.5 - 0.5) / 1.1;
        assertThat(employer.utility(o)).isCloseTo(0.5 * 0.25 + 0.2 + 0.2 * 0.6 + 0.1 * bonusB, within(1e-12));
    }

    @Test
    void theReservationBidsUtilityIsTheReservationValue() throws Exception {
        NegotiationCase c = jobs();
        double bonus = 0.2 + 0.8 * 0.5 / 1.1;
        assertThat(c.party(0).preferences().reservationValue())
                .isCloseTo(0.4 * 0.5 + 0.1 * 0.25 + 0.3 * 0.5 + 0.2 * bonus, within(1e-12));
        assertThat(c.party(1).preferences().reservationValue()).isZero();
    }

    @Test
    void roundTripsKeepUtilitiesAndReservationValues() throws Exception {
        NegotiationCase c = jobs();
        List<Path> files = GeniusWebJson.write(c, dir.resolve("out"));
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("jobs.json", "employee.json", "employer.json");
        assertThat(Files.readString(files.get(1))).contains("NumberValueSetUtilities").contains("reservationBid")
                .doesNotContain("numberutils");
        NegotiationCase back = GeniusWebJson.readCase(files.get(0), files.subList(1, 3));
        Anl2023Test.assertSameUtilities(c, back);
        Path yaml = dir.resolve("jobs.yaml");
        CaseFiles.write(back, yaml);
        Anl2023Test.assertSameUtilities(c, CaseFiles.read(yaml));
    }

    @Test
    void exactWritingRefusesWhatGeniusWebCannotSay() throws Exception {
        NegotiationCase c = jobs();
        Party p = c.party(0);
        Party withRedLine = new Party(p.name(), new org.detente.model.Preferences(p.preferences().utility(),
                p.preferences().reservationValue(), 1, List.of(new RedLine.Refuse(1, List.of(1)))));
        NegotiationCase changed = new NegotiationCase(c.name(), "", c.domain(), List.of(withRedLine, c.party(1)));
        assertThatThrownBy(() -> GeniusWebJson.write(changed, dir.resolve("x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("red lines");
        assertThat(dir.resolve("x")).doesNotExist();
        List<Path> files = GeniusWebJson.write(changed, dir.resolve("y"), GeniusWebJson.Fidelity.BEST_EFFORT);
        assertThat(files).hasSize(3);
    }

    private InputException profileError(String json) throws Exception {
        Domain d = GeniusWebJson.readDomain("jobs.json", DOMAIN);
        Path f = dir.resolve("bad.json");
        Files.writeString(f, json);
        InputException e = catchThrowableOfType(InputException.class, () -> GeniusWebJson.readProfile(f, d));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).startsWith(f + ":" + e.line() + ":" + e.column() + ": " + e.field());
        return e;
    }

    @Test
    void unknownIssueInWeights() throws Exception {
        InputException e = profileError(NEW_PROFILE.replace("\"hours\": 0.2", "\"hour\": 0.2"));
        assertThat(e.line()).isEqualTo(8);
        assertThat(e.field()).isEqualTo("LinearAdditiveUtilitySpace.issueWeights.hour");
    }

    @Test
    void utilityAboveOne() throws Exception {
        InputException e = profileError(NEW_PROFILE.replace("\"yes\": 0, \"no\": 1}", "\"yes\": 0, \"no\": 1.5}"));
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.field()).isEqualTo("LinearAdditiveUtilitySpace.issueUtilities[\"lease car\"]"
                + ".DiscreteValueSetUtilities.valueUtilities.no");
    }

    @Test
    void unknownValue() throws Exception {
        InputException e = profileError(OLD_PROFILE.replace("\"lease car\": \"no\"", "\"lease car\": \"maybe\""));
        assertThat(e.field()).isEqualTo("LinearAdditiveUtilitySpace.reservationBid.issuevalues[\"lease car\"]");
        assertThat(e.problem()).contains("maybe");
    }

    @Test
    void wrongTypeAndSyntax() throws Exception {
        InputException e = profileError(NEW_PROFILE.replace("\"salary\": 0.5", "\"salary\": \"half\""));
        assertThat(e.field()).isEqualTo("LinearAdditiveUtilitySpace.issueWeights.salary");
        InputException s = profileError(NEW_PROFILE.replace("\"name\": \"employer\"", "\"name\" \"employer\""));
        assertThat(s.line()).isEqualTo(19);
        assertThat(s.problem()).startsWith("syntax error");
    }

    @Test
    void domainErrors() {
        InputException e = catchThrowableOfType(InputException.class, () -> GeniusWebJson.readDomain("d.json",
                "{\"name\": \"d\",\n \"issuesValues\": {\"a\": {\"values\": [\"x\", \"y\", \"x\"]}}}"));
        assertThat(e.getMessage()).startsWith("d.json:2:").contains("issuesValues.a.values[2]");
        InputException r = catchThrowableOfType(InputException.class, () -> GeniusWebJson.readDomain("d.json",
                "{\"name\": \"d\",\n \"issuesValues\": {\"a\": {\"range\": {\"low\": 1, \"high\": 0, \"step\": 1}}}}"));
        assertThat(r.field()).isEqualTo("issuesValues.a.range.high");
    }
}
