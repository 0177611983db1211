package org.detente.formats.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.detente.testing.Repository;
import org.detente.model.DiscreteIssue;
import org.detente.model.IntegerIssue;
import org.detente.model.NegotiationCase;
import org.detente.model.RealIssue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseFilesTest {

    static Path example() {
        return Repository.root().resolve("examples/arms-control.yaml");
    }

    @Test
    void theExampleLoads() throws Exception {
        NegotiationCase c = CaseFiles.read(example());
        assertThat(c.name()).isEqualTo("US–Russia nuclear risk reduction");
        assertThat(c.partyNames()).containsExactly("United States", "Russia");
        assertThat(c.domain().issues()).hasSize(9);
        assertThat(c.domain().issue(0)).isEqualTo(new RealIssue("warheadCeiling", 1300, 1800, 50));
        assertThat(c.domain().issue(1)).isEqualTo(new RealIssue("deliveryVehicles", 600, 800, 50));
        assertThat(c.domain().issue(2)).isEqualTo(new IntegerIssue("inspections", 0, 18));
        assertThat(c.domain().issue(3)).isInstanceOf(DiscreteIssue.class);
        assertThat(c.domain().outcomeSpace().longSize()).isEqualTo(11L * 5 * 19 * 3 * 3 * 3 * 3 * 3 * 3);
        assertThat(c.party(0).preferences().reservationValue()).isEqualTo(0.45);
        assertThat(c.party(0).preferences().redLines()).hasSize(2);
        assertThat(c.party(1).preferences().redLines()).hasSize(2);
        // New START's terms: 1,550 warheads, 700 delivery vehicles, 18 inspections, missiles notified,
        // NRRCs, semiannual data; no missile-defence talks, non-strategic weapons excluded, stand-alone
        int[] newStart = c.domain().outcome(java.util.Map.of("warheadCeiling", "1550", "deliveryVehicles", "700",
                "inspections", "18", "launchNotification", "ballistic-missiles",
                "crisisChannel", "hotline-and-risk-reduction-centers", "dataExchange", "semiannual",
                "missileDefenceTalks", "none", "nonStrategicWeapons", "excluded", "linkage", "stand-alone")).toArray();
        assertThat(c.party(0).utility(newStart)).isCloseTo(0.18 * 0.8 + 0.05 * 0.8 + 0.25 + 0.1 * 0.6 + 0.07 * 0.7
                + 0.1 * 0.8 + 0.1 + 0.1 * 0 + 0.05, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(c.party(1).utility(newStart)).isCloseTo(0.22 * 0.5 + 0.05 * 0.5 + 0.15 * 0.3 + 0.05 + 0.08
                + 0.08 * 0.7 + 0.17 * 0 + 0.12 + 0.08 * 0.2, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void yamlAnchorsLetTwoPartiesShareTheirWeights() throws Exception {
        String yaml = """
                version: 1
                name: shared
                issues:
                  - {name: x, type: discrete, values: [a, b]}
                  - {name: y, type: discrete, values: [c, d]}
                parties:
                  - name: p
                    reservation: &floor 0.2
                    weights: &w {x: 0.75, y: 0.25}
                    values: {x: {a: 0, b: 1}, y: {c: 1, d: 0}}
                  - name: q
                    reservation: *floor
                    weights: *w
                    values: {x: {a: 1, b: 0}, y: {c: 0, d: 1}}
                """;
        NegotiationCase c = CaseFiles.read("shared.yaml", yaml, Format.YAML);
        assertThat(c.party(1).preferences().reservationValue()).isEqualTo(0.2);
        int[] bc = c.domain().outcome(java.util.Map.of("x", "b", "y", "c")).toArray();
        assertThat(c.party(0).utility(bc)).isEqualTo(1.0);
        assertThat(c.party(1).utility(bc)).isEqualTo(0.0);
        int[] ad = c.domain().outcome(java.util.Map.of("x", "a", "y", "d")).toArray();
        assertThat(c.party(1).utility(ad)).isEqualTo(1.0);
    }

    @Test
    void aNumberWithAHugeExponentIsReadAsTheDoubleItRoundsTo() throws Exception {
        String yaml = """
                version: 1
                name: tiny
                issues:
                  - {name: x, type: discrete, values: [a, b]}
                parties:
                  - {name: p, reservation: 0, weights: {x: 1}, values: {x: {a: 1e-9999999999, b: 1}}}
                  - {name: q, reservation: 0, weights: {x: 1}, values: {x: {a: 1, b: 0e99999999999}}}
                """;
        String json = """
                {"version": 1, "name": "tiny", "issues": [{"name": "x", "type": "discrete", "values": ["a", "b"]}],
                 "parties": [{"name": "p", "reservation": 0, "weights": {"x": 1}, "values": {"x": {"a": 1e-9999999999, "b": 1}}},
                             {"name": "q", "reservation": 0, "weights": {"x": 1}, "values": {"x": {"a": 1, "b": 0e99999999999}}}]}
                """;
        for (NegotiationCase c : List.of(CaseFiles.read("t.yaml", yaml, Format.YAML), CaseFiles.read("t.json", json, Format.JSON))) {
            assertThat(c.party(0).utility(c.domain().outcome(java.util.Map.of("x", "a")).toArray())).isEqualTo(0.0);
            assertThat(c.party(1).utility(c.domain().outcome(java.util.Map.of("x", "b")).toArray())).isEqualTo(0.0);
        }
    }

    @Test
    void theSchemaInDocsIsTheOneOnTheClasspath() throws Exception {
        String docs = Files.readString(Repository.root().resolve("docs/case.schema.json"));
        assertThat(CaseFiles.schema()).isEqualTo(docs);
    }

    @Test
    void yamlAndJsonRoundTripsGiveEqualCases(@TempDir Path dir) throws Exception {
        NegotiationCase c = CaseFiles.read(example());
        for (String name : List.of("case.yaml", "case.json", "case.yml")) {
            Path file = dir.resolve(name);
            CaseFiles.write(c, file);
            NegotiationCase back = CaseFiles.read(file);
            assertThat(back).as(name).isEqualTo(c);
            CaseFiles.write(back, file);
            assertThat(CaseFiles.read(file)).isEqualTo(c);
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("case.yaml", "case.json", "case.yml");
        }
    }

    /** Every bundled case (not the tournament configurations, tournament*.yaml) loads, keeps its preparation and round-trips. */
    @Test
    void everyBundledCaseLoadsAndRoundTrips(@TempDir Path dir) throws Exception {
        List<Path> cases;
        try (var files = Files.list(Repository.root().resolve("examples"))) {
            cases = files.filter(f -> f.toString().endsWith(".yaml")
                    && !f.getFileName().toString().startsWith("tournament")).sorted().toList();
        }
        assertThat(cases).extracting(f -> f.getFileName().toString())
                .contains("arms-control.yaml", "supply-contract.yaml", "apartment-lease.yaml");
        for (Path f : cases) {
            NegotiationCase c = CaseFiles.read(f);
            assertThat(c.parties()).as(f.toString()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(c.deals()).as(f + " names a deal to examine").isNotEmpty();
            assertThat(c.preparation().profiles()).as(f + " has a counterpart profile").isNotEmpty();
            assertThat(c.preparation().gestures()).as(f + " has gestures").isNotEmpty();
            Path json = dir.resolve(f.getFileName() + ".json");
            CaseFiles.write(c, json);
            assertThat(CaseFiles.read(json)).as(f.toString()).isEqualTo(c);
        }
    }

    @Test
    void writtenYamlIsCommentedAndReadable() throws Exception {
        String yaml = CaseFiles.toText(CaseFiles.read(example()), Format.YAML);
        assertThat(yaml).startsWith("# Détente case file");
        assertThat(yaml).contains("values: [none, ballistic-missiles, missiles-and-major-exercises]");
        assertThat(yaml).contains("- {issue: launchNotification, refuse: [none]}");
    }
}
