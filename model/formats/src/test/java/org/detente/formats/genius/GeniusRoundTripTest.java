package org.detente.formats.genius;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.detente.formats.InputException;
import org.detente.model.DiscreteIssue;
import org.detente.model.Domain;
import org.detente.model.HyperRectangleUtility;
import org.detente.model.IntegerIssue;
import org.detente.model.LinearAdditiveUtility;
import org.detente.model.NegotiationCase;
import org.detente.model.Party;
import org.detente.model.Preferences;
import org.detente.model.RealIssue;
import org.detente.model.RedLine;
import org.detente.model.ValueFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GeniusRoundTripTest {
    @TempDir
    Path tmp;

    static Stream<Arguments> smallScenarios() {
        return Stream.of(
                Arguments.of("anac/y2010/ItexvsCypress", "ItexvsCypress_domain.xml",
                        new String[] {"ItexvsCypress_Itex.xml", "ItexvsCypress_Cypress.xml"}),
                Arguments.of("anac/y2010/EnglandZimbabwe", "EnglandZimbabwe_domain.xml",
                        new String[] {"England.xml", "Zimbabwe.xml"}),
                Arguments.of("anac/y2011/Laptop", "laptop_domain.xml",
                        new String[] {"laptop_buyer_utility.xml", "laptop_seller_utility.xml"}),
                Arguments.of("anac/y2012/Laptop", "Laptop-B-domain.xml",
                        new String[] {"Laptop-B-prof1.xml", "Laptop-B-prof2.xml"}),
                Arguments.of("anac/y2011/Camera", "camera_domain.xml",
                        new String[] {"camera_buyer_utility.xml", "camera_seller_utility.xml"}),
                Arguments.of("partydomain", "party_domain.xml", new String[] {"party1_utility.xml", "party2_utility.xml"}),
                Arguments.of("Jobs", "Jobs.xml", new String[] {"Jobs_util1.xml", "Jobs_util2.xml"}),
                Arguments.of("testIntDomain", "test.xml", new String[] {"test_util1.xml", "test_util2.xml",
                        "test_util3.xml", "test_util4.xml"}),
                Arguments.of("ANAC2015/group2-politics", "Politics.xml",
                        new String[] {"Politics_util1.xml", "Politics_util2.xml", "Politics_util3.xml"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("smallScenarios")
    void readWriteReadKeepsEveryOutcomesUtility(String folder, String domain, String[] profiles) throws Exception {
        NegotiationCase original = GeniusXml.readCase(SharedData.file(folder).resolve(domain),
                SharedData.files(folder, profiles));
        NegotiationCase back = writeAndRead(original, GeniusOptions.DEFAULT);
        assertSameUtilities(original, back, 0);
    }

    @Test
    void roundTripsOfFilesReadFromGeniusAreBitExact() throws Exception {
        NegotiationCase original = GeniusXml.readCase(SharedData.file("anac/y2011/Camera/camera_domain.xml"),
                SharedData.files("anac/y2011/Camera", "camera_buyer_utility.xml", "camera_seller_utility.xml"));
        NegotiationCase back = writeAndRead(original, GeniusOptions.DEFAULT);
        assertThat(back.domain()).isEqualTo(original.domain());
        for (int p = 0; p < 2; p++) {
            assertThat(back.party(p).preferences()).isEqualTo(original.party(p).preferences());
        }
    }

    @Test
    void secondHandCarBuyerRoundTripsWithRealIssueDiscretised() throws Exception {
        var options = GeniusOptions.geniusDiscretisation();
        Domain d = GeniusXml.readDomain(SharedData.file("2nd_hand_car/car_domain.xml"), options);
        Party buyer = GeniusXml.readProfile(SharedData.file("2nd_hand_car/car_buyer.xml"), d, "buyer");
        Party other = new Party("other", new Preferences(buyer.preferences().utility(), 0.25, 0.9, List.of()));
        var c = new NegotiationCase("Car", "", d, List.of(buyer, other));
        assertSameUtilities(c, writeAndRead(c, options), 0);
    }

    @Test
    void nonLinearProfilesRoundTripInTheirOwnShape() throws Exception {
        NegotiationCase original = GeniusXml.readCase(SharedData.file("anac/y2014/10issues/10issues-domain.xml"),
                SharedData.files("anac/y2014/10issues", "profile-1.xml", "profile-2.xml"));
        List<Path> files = GeniusXml.write(original, tmp);
        assertThat(Files.readString(files.get(1))).contains("<utility_space type=\"nonlinear\">", "<INCLUDES");
        NegotiationCase back = GeniusXml.readCase(files.get(0), files.subList(1, files.size()));
        for (int p = 0; p < 2; p++) {
            assertThat(back.party(p).preferences()).isEqualTo(original.party(p).preferences());
        }
        var rnd = new java.util.Random(7);
        int[] v = new int[10];
        for (int k = 0; k < 20_000; k++) {
            for (int i = 0; i < 10; i++) {
                v[i] = rnd.nextInt(10);
            }
            for (int p = 0; p < 2; p++) {
                assertThat(back.party(p).utility(v)).isEqualTo(original.party(p).utility(v));
            }
        }
    }

    @Test
    void tablesWhoseMaximumIsNotOneMoveTheScaleIntoTheWeight() throws Exception {
        var d = new Domain("D", List.of(new DiscreteIssue("colour", List.of("red", "green", "blue")),
                new DiscreteIssue("size", List.of("S", "L"))));
        var u1 = new LinearAdditiveUtility(d, List.of(0.6, 0.4), List.of(
                new ValueFunction.Table(List.of(0.1, 0.7, 0.3)), new ValueFunction.Table(List.of(0.0, 0.0))));
        var u2 = new LinearAdditiveUtility(d, List.of(0.3, 0.7), List.of(
                new ValueFunction.Table(List.of(0.000001, 0.000002, 0.0)), new ValueFunction.Table(List.of(1.0, 0.5))));
        var c = new NegotiationCase("Tables", "", d, List.of(
                new Party("a", new Preferences(u1, 0.125, 0.75, List.of())),
                new Party("b", Preferences.of(u2))));
        assertSameUtilities(c, writeAndRead(c, GeniusOptions.DEFAULT), 1e-12);
    }

    @Test
    void numericFunctionsGeniusLacksBecomeDiscreteIssuesWhenExact() throws Exception {
        var d = new Domain("D", List.of(new IntegerIssue("n", 0, 10), new RealIssue("r", 0, 1, 0.25),
                new IntegerIssue("m", -3, 3)));
        var pw = new ValueFunction.PiecewiseLinear(List.of(new ValueFunction.Point(2, 0), new ValueFunction.Point(8, 1)));
        var u1 = new LinearAdditiveUtility(d, List.of(0.5, 0.3, 0.2), List.of(pw,
                new ValueFunction.Linear(0.8, 0.1, 0.5), new ValueFunction.Linear(0.25, 0.5, 0.5)));
        var u2 = new LinearAdditiveUtility(d, List.of(0.2, 0.2, 0.6), List.of(new ValueFunction.Linear(0.1, 0, 0),
                new ValueFunction.Linear(-1, 1, 0), new ValueFunction.Linear(0.2, 0.1, -3)));
        var c = new NegotiationCase("Numbers", "", d, List.of(new Party("a", Preferences.of(u1)),
                new Party("b", Preferences.of(u2))));
        NegotiationCase back = writeAndRead(c, GeniusOptions.DEFAULT);
        assertThat(back.domain().issue(0)).isInstanceOf(DiscreteIssue.class);
        assertThat(back.domain().issue(2)).isInstanceOf(IntegerIssue.class); // dyadic re-anchoring is exact
        assertSameUtilities(c, back, 1e-12);

        var inexact = new LinearAdditiveUtility(d, List.of(0.5, 0.3, 0.2), List.of(new ValueFunction.Linear(0.1, 0, 0),
                new ValueFunction.Linear(0.8, 0.1, 0.5), new ValueFunction.Linear(0.1, 0.5, 0.5)));
        var c2 = new NegotiationCase("Numbers", "", d, List.of(new Party("a", Preferences.of(inexact)),
                new Party("b", Preferences.of(u2))));
        NegotiationCase back2 = writeAndRead(c2, GeniusOptions.DEFAULT);
        assertSameUtilities(c2, back2, 1e-12);
    }

    @Test
    void aFunctionGeniusCannotExpressOnAContinuumIsRefusedNamingPartyAndIssue() {
        var d = new Domain("D", List.of(RealIssue.continuous("price", 0, 100), new DiscreteIssue("x", List.of("a", "b"))));
        var pw = new ValueFunction.PiecewiseLinear(List.of(new ValueFunction.Point(10, 0), new ValueFunction.Point(90, 1)));
        var table = new ValueFunction.Table(List.of(1.0, 0.0));
        var c = new NegotiationCase("C", "", d, List.of(
                new Party("buyer", Preferences.of(new LinearAdditiveUtility(d, List.of(0.5, 0.5), List.of(pw, table)))),
                new Party("seller", Preferences.of(new LinearAdditiveUtility(d, List.of(0.5, 0.5),
                        List.of(new ValueFunction.Linear(0.01, 0, 0), table))))));
        assertThatThrownBy(() -> GeniusXml.write(c, tmp))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("party 'buyer'")
                .hasMessageContaining("issue 'price'");
        assertThat(tmp.toFile().list()).isEmpty();
    }

    @Test
    void redLinesAreRefused() {
        var d = new Domain("D", List.of(new DiscreteIssue("x", List.of("a", "b"))));
        var u = new LinearAdditiveUtility(d, List.of(1.0), List.of(new ValueFunction.Table(List.of(1.0, 0.0))));
        var c = new NegotiationCase("C", "", d, List.of(
                new Party("p", new Preferences(u, 0, 1, List.of(new RedLine.Refuse(0, List.of(1))))),
                new Party("q", Preferences.of(u))));
        assertThatThrownBy(() -> GeniusXml.write(c, tmp)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("party 'p'").hasMessageContaining("red lines");
    }

    @Test
    void writesLeaveNoTemporaryFilesAndReplaceOldOnes() throws Exception {
        NegotiationCase c = GeniusXml.readCase(SharedData.file("anac/y2011/Laptop/laptop_domain.xml"),
                SharedData.files("anac/y2011/Laptop", "laptop_buyer_utility.xml", "laptop_seller_utility.xml"));
        GeniusXml.write(c, tmp);
        List<Path> files = GeniusXml.write(c, tmp);
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
                    "LaptopDomain-domain.xml", "laptop_buyer_utility.xml", "laptop_seller_utility.xml");
        }
        assertThat(files).hasSize(3);
    }

    private NegotiationCase writeAndRead(NegotiationCase c, GeniusOptions options) throws IOException, InputException {
        List<Path> files = GeniusXml.write(c, tmp.resolve("out" + System.nanoTime()));
        return GeniusXml.readCase(files.get(0), files.subList(1, files.size()), options);
    }

    private static void assertSameUtilities(NegotiationCase a, NegotiationCase b, double tolerance) {
        assertThat(b.name()).isEqualTo(a.name());
        assertThat(b.partyNames()).isEqualTo(a.partyNames());
        assertThat(b.domain().outcomeSpace().size()).isEqualTo(a.domain().outcomeSpace().size());
        int n = a.domain().size();
        int[] v = new int[n];
        var diffs = new ArrayList<String>();
        for (int p = 0; p < a.parties().size(); p++) {
            Preferences pa = a.party(p).preferences();
            Preferences pb = b.party(p).preferences();
            assertThat(pb.reservationValue()).isEqualTo(pa.reservationValue());
            assertThat(pb.discountFactor()).isEqualTo(pa.discountFactor());
            for (long i = 0; i < a.domain().outcomeSpace().longSize(); i++) {
                a.domain().outcomeSpace().decode(i, v);
                double ua = pa.utility().utility(v);
                double ub = pb.utility().utility(v);
                if (Math.abs(ua - ub) > tolerance && diffs.size() < 5) {
                    diffs.add(a.partyNames().get(p) + " " + java.util.Arrays.toString(v) + ": " + ua + " vs " + ub);
                }
            }
        }
        assertThat(diffs).isEmpty();
    }
}
