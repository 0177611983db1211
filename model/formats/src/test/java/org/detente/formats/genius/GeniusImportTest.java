package org.detente.formats.genius;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.detente.formats.InputException;
import org.detente.model.DiscreteIssue;
import org.detente.model.Domain;
import org.detente.model.HyperRectangleUtility;
import org.detente.model.IntegerIssue;
import org.detente.model.LinearAdditiveUtility;
import org.detente.model.NegotiationCase;
import org.detente.model.Outcome;
import org.detente.model.Party;
import org.detente.model.RealIssue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GeniusImportTest {

    static Stream<Arguments> scenarios() {
        return Stream.of(
                Arguments.of("anac/y2010/ItexvsCypress", "ItexvsCypress_domain.xml",
                        List.of("ItexvsCypress_Itex.xml", "ItexvsCypress_Cypress.xml"), "180"),
                Arguments.of("anac/y2010/EnglandZimbabwe", "EnglandZimbabwe_domain.xml",
                        List.of("England.xml", "Zimbabwe.xml"), "576"),
                Arguments.of("anac/y2010/Travel", "travel_domain.xml",
                        List.of("travel_chox.xml", "travel_fanny.xml"), "188160"),
                Arguments.of("anac/y2011/Laptop", "laptop_domain.xml",
                        List.of("laptop_buyer_utility.xml", "laptop_seller_utility.xml"), "27"),
                Arguments.of("anac/y2012/Laptop", "Laptop-A-domain.xml",
                        List.of("Laptop-A-prof1.xml", "Laptop-A-prof2.xml"), "27"),
                Arguments.of("anac/y2011/Camera", "camera_domain.xml",
                        List.of("camera_buyer_utility.xml", "camera_seller_utility.xml"), "3600"),
                Arguments.of("anac/y2011/Energy", "energy_domain.xml",
                        List.of("energy_consumer.xml", "energy_distributor.xml"), "390625"),
                Arguments.of("partydomain", "party_domain.xml",
                        List.of("party1_utility.xml", "party2_utility.xml"), "3072"),
                Arguments.of("Jobs", "Jobs.xml", List.of("Jobs_util1.xml", "Jobs_util2.xml"), "540"),
                Arguments.of("testIntDomain", "test.xml", List.of("test_util1.xml", "test_util2.xml",
                        "test_util3.xml", "test_util4.xml"), "49"),
                Arguments.of("anac/y2014/10issues", "10issues-domain.xml",
                        List.of("profile-1.xml", "profile-2.xml"), "10000000000"),
                Arguments.of("anac/y2014/30issues", "30issues-domain.xml",
                        List.of("profile-1.xml", "profile-2.xml"), BigInteger.TEN.pow(30).toString()),
                Arguments.of("ANAC2015/group2-politics", "Politics.xml",
                        List.of("Politics_util1.xml", "Politics_util2.xml", "Politics_util3.xml"), "23040"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void importsEveryScenarioWithTheReadmeOutcomeCount(String folder, String domain, List<String> profiles,
                                                        String outcomes) throws InputException {
        NegotiationCase c = GeniusXml.readCase(SharedData.file(folder).resolve(domain),
                SharedData.files(folder, profiles.toArray(String[]::new)));
        assertThat(c.domain().outcomeSpace().size()).isEqualTo(new BigInteger(outcomes));
        assertThat(c.parties()).hasSize(profiles.size());
        assertThat(c.partyNames()).containsExactlyElementsOf(
                profiles.stream().map(p -> p.substring(0, p.length() - 4)).toList());
        for (Party p : c.parties()) {
            assertThat(p.preferences().discountFactor()).isBetween(0.0, 1.0);
        }
        if (c.domain().outcomeSpace().indexable() && c.domain().outcomeSpace().longSize() <= 1_000_000) {
            for (Party p : c.parties()) {
                int[] v = new int[c.domain().size()];
                for (long i = 0; i < c.domain().outcomeSpace().longSize(); i++) {
                    c.domain().outcomeSpace().decode(i, v);
                    assertThat(p.utility(v)).isBetween(0.0, 1.0002);
                }
            }
        }
    }

    @Test
    void laptopBuyerUtilitiesFollowMaxNormalisation() throws InputException {
        NegotiationCase c = laptop2011();
        Party buyer = c.party(0);
        Domain d = c.domain();
        double w1 = 0.4452125771655631;
        double w2 = 0.37808251708013424;
        double w3 = 0.1767567099260568;
        // Macintosh 20/30, 80 Gb 20/30, 23'' LCD 20/30
        Outcome o = d.outcome(Map.of("Laptop", "Macintosh", "Harddisk", "80 Gb", "External Monitor", "23'' LCD"));
        assertThat(buyer.preferences().utility().utility(o)).isCloseTo(
                w1 * 20 / 30 + w2 * 20 / 30 + w3 * 20 / 30, within(1e-12));
        // the best bid: every issue at its maximum; weights sum above 1, kept as GENIUS's file says
        Outcome best = d.outcome(Map.of("Laptop", "HP", "Harddisk", "60 Gb", "External Monitor", "19'' LCD"));
        assertThat(buyer.preferences().utility().utility(best)).isCloseTo(w1 + w2 + w3, within(1e-15));
        assertThat(buyer.preferences().reservationValue()).isZero();
        assertThat(buyer.preferences().discountFactor()).isEqualTo(0.42441038);
    }

    @Test
    void laptop2012ReadsDiscountAndReservation() throws InputException {
        Domain d = GeniusXml.readDomain(SharedData.file("anac/y2012/Laptop/Laptop-A-domain.xml"));
        Party p = GeniusXml.readProfile(SharedData.file("anac/y2012/Laptop/Laptop-A-prof1.xml"), d, "one");
        assertThat(p.preferences().discountFactor()).isEqualTo(0.5);
        assertThat(p.preferences().reservationValue()).isEqualTo(0.5);
        Outcome o = d.outcome(Map.of("Laptop", "Dell", "Harddisk", "120 Gb", "External Monitor", "20'' LCD"));
        assertThat(p.preferences().utility().utility(o)).isCloseTo(
                0.4452125771655631 * 12 / 30 + 0.37808251708013424 * 9 / 30 + 0.1767567099260568 * 10 / 30,
                within(1e-12));
    }

    @Test
    void integerIssuesUseTheLinearEvaluatorFromTheLowerBound() throws InputException {
        NegotiationCase c = GeniusXml.readCase(SharedData.file("testIntDomain/test.xml"),
                SharedData.files("testIntDomain", "test_util1.xml", "test_util2.xml"));
        assertThat(c.domain().issue(0)).isEqualTo(new IntegerIssue("een", 1, 7));
        Party p = c.party(1);
        Outcome o = c.domain().outcome(Map.of("een", "4", "twee", "7"));
        double expected = 0.6927804943892625 * (0.2 + 0.13333333333333333 * 3)
                + 0.30721950561073763 * Math.min(1, 0.16666666666666666 * 6);
        assertThat(p.preferences().utility().utility(o)).isCloseTo(expected, within(1e-12));
        assertThat(c.name()).isEqualTo("test");
    }

    @Test
    void realIssuesAreContinuaByDefaultAndDiscretisedOnRequest() throws InputException {
        Path domainFile = SharedData.file("2nd_hand_car/car_domain.xml");
        Domain continuous = GeniusXml.readDomain(domainFile);
        assertThat(continuous.issue(4)).isEqualTo(RealIssue.continuous("Price", 13000, 22666));
        assertThat(continuous.outcomeSpace().enumerable()).isFalse();

        Domain d = GeniusXml.readDomain(domainFile, GeniusOptions.geniusDiscretisation());
        assertThat(d.issue(4).cardinality()).isEqualTo(21);
        assertThat(d.outcomeSpace().size()).isEqualTo(BigInteger.valueOf(5 * 5 * 5 * 5 * 21));
        Party buyer = GeniusXml.readProfile(SharedData.file("2nd_hand_car/car_buyer.xml"), d, "buyer");
        LinearAdditiveUtility u = (LinearAdditiveUtility) buyer.preferences().utility();
        // EvaluatorReal: parameter1·x + parameter0, clipped to [0, 1]
        assertThat(u.evaluation(4, 0)).isEqualTo(1.0); // 3.4 − 0.00015·13000 = 1.45 → 1
        assertThat(u.evaluation(4, 20)).isCloseTo(3.4 - 0.00015 * 22666, within(1e-12));
        Outcome o = d.outcome(Map.of("CD player", "good", "Extra speakers", "good", "Airconditioning", "good",
                "Tow hedge", "good", "Price", "22666"));
        assertThat(u.utility(o)).isCloseTo(0.31 + 0.31 + 0.08 * 0.97 + 0.12 * 0.97 + 0.18 * (3.4 - 0.00015 * 22666),
                within(1e-12));
        assertThat(buyer.preferences().reservationValue()).isZero();
    }

    @Test
    void theCarDealersPriceEvaluatorIsRefusedClearly() {
        Path domainFile = SharedData.file("2nd_hand_car/car_domain.xml");
        Path dealer = SharedData.file("2nd_hand_car/car_dealer.xml");
        assertThatThrownBy(() -> GeniusXml.readCase(domainFile,
                List.of(SharedData.file("2nd_hand_car/car_buyer.xml"), dealer)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("car_dealer.xml:")
                .hasMessageContaining("issue[Price]@type")
                .hasMessageContaining("'price'");
    }

    @Test
    void nonLinearProfilesSumTheirRectanglesOverMaxUtility() throws InputException {
        NegotiationCase c = GeniusXml.readCase(SharedData.file("anac/y2014/10issues/10issues-domain.xml"),
                SharedData.files("anac/y2014/10issues", "profile-1.xml", "profile-2.xml"));
        HyperRectangleUtility u = (HyperRectangleUtility) c.party(0).preferences().utility();
        assertThat(u.maxUtility()).isEqualTo(662);
        assertThat(u.rectangles()).hasSize(20);
        assertThat(u.utility(new int[10])).isCloseTo(186.0 / 662, within(1e-15));
        assertThat(u.utility(new int[] {9, 9, 9, 9, 9, 9, 9, 9, 9, 9})).isCloseTo(13.0 / 662, within(1e-15));
        assertThat(u.utility(new int[] {7, 3, 8, 2, 5, 5, 1, 9, 0, 4})).isCloseTo(219.0 / 662, within(1e-15));
        assertThat(c.domain().issue(0).name()).isEqualTo("c1-i10");

        NegotiationCase c30 = GeniusXml.readCase(SharedData.file("anac/y2014/30issues/30issues-domain.xml"),
                SharedData.files("anac/y2014/30issues", "profile-1.xml", "profile-2.xml"));
        HyperRectangleUtility u30 = (HyperRectangleUtility) c30.party(1).preferences().utility();
        int[] nines = new int[30];
        java.util.Arrays.fill(nines, 9);
        assertThat(u30.utility(nines)).isCloseTo(777.0 / 2141, within(1e-15));
        int[] mixed = new int[30];
        for (int i = 0; i < 30; i++) {
            mixed[i] = new int[] {7, 3, 8, 2, 5, 5, 1, 9, 0, 4}[i % 10];
        }
        assertThat(u30.utility(mixed)).isCloseTo(935.0 / 2141, within(1e-15));
    }

    @Test
    void politicsHasThreePartiesOverDiscreteIssues() throws InputException {
        NegotiationCase c = GeniusXml.readCase(SharedData.file("ANAC2015/group2-politics/Politics.xml"),
                SharedData.files("ANAC2015/group2-politics", "Politics_util1.xml", "Politics_util2.xml",
                        "Politics_util3.xml"));
        assertThat(c.name()).isEqualTo("Politics");
        assertThat(c.domain().issues()).allMatch(i -> i instanceof DiscreteIssue);
        LinearAdditiveUtility u = (LinearAdditiveUtility) c.party(0).preferences().utility();
        // Social Security evaluations 0, 1, 1, 4 → divided by 4
        assertThat(u.evaluation(0, 0)).isZero();
        assertThat(u.evaluation(0, 1)).isEqualTo(0.25);
        assertThat(u.evaluation(0, 3)).isEqualTo(1.0);
    }

    private static NegotiationCase laptop2011() throws InputException {
        return GeniusXml.readCase(SharedData.file("anac/y2011/Laptop/laptop_domain.xml"),
                SharedData.files("anac/y2011/Laptop", "laptop_buyer_utility.xml", "laptop_seller_utility.xml"));
    }
}
