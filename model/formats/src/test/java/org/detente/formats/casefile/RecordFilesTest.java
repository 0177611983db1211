package org.detente.formats.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.detente.formats.InputException;
import org.detente.testing.Repository;
import org.detente.model.NegotiationCase;
import org.detente.model.NegotiationRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordFilesTest {
    static final String GOOD = """
            case: US–Russia nuclear risk reduction
            us: United States
            counterpart: Russia
            deadline: 40
            offers:
              - by: United States
                when: 1
                package: {warheadCeiling: 1400, deliveryVehicles: 650, inspections: 18,
                  launchNotification: none, crisisChannel: hotline, dataExchange: annual,
                  missileDefenceTalks: none, nonStrategicWeapons: excluded, linkage: stand-alone}
                note: opening
              - by: Russia
                when: 1
                package: {warheadCeiling: 1700, deliveryVehicles: 800, inspections: 6,
                  launchNotification: none, crisisChannel: hotline, dataExchange: annual,
                  missileDefenceTalks: none, nonStrategicWeapons: excluded, linkage: stand-alone}
            """;

    static NegotiationCase flagship() throws Exception {
        return CaseFiles.read(CaseFilesTest.example());
    }

    @Test
    void readsARecordAgainstItsCase() throws Exception {
        NegotiationCase c = flagship();
        NegotiationRecord r = RecordFiles.read("r.yaml", GOOD, Format.YAML, RecordFiles.Scenario.of(c));
        assertThat(r.us()).isEqualTo("United States");
        assertThat(r.deadline()).contains(new NegotiationRecord.Round(40));
        assertThat(r.offers()).hasSize(2);
        assertThat(c.domain().labels(r.offers().get(1).outcome())).containsEntry("inspections", "6");
        assertThat(r.offers().get(0).note()).isEqualTo("opening");
        assertThat(r.times()).containsExactly(0, 0);
    }

    @Test
    void theSchemaInDocsIsTheOneOnTheClasspath() throws Exception {
        String docs = Files.readString(Repository.root().resolve("docs/record.schema.json"));
        assertThat(RecordFiles.schema()).isEqualTo(docs);
    }

    @Test
    void theExampleRecordLoads() throws Exception {
        NegotiationCase c = flagship();
        NegotiationRecord r = RecordFiles.read(Repository.root().resolve("examples/records/arms-control-talks.yaml"),
                RecordFiles.Scenario.of(c));
        assertThat(r.deadline()).contains(new NegotiationRecord.At(OffsetDateTime.parse("2026-12-04T18:00:00Z")));
        assertThat(r.times()[1]).isCloseTo(1.5 / 33, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void yamlAndJsonRoundTrip(@TempDir Path dir) throws Exception {
        NegotiationCase c = flagship();
        NegotiationRecord r = RecordFiles.read("r.yaml", GOOD, Format.YAML, RecordFiles.Scenario.of(c));
        NegotiationRecord timed = new NegotiationRecord(r.scenario(), r.us(), r.counterpart(),
                Optional.of(new NegotiationRecord.At(OffsetDateTime.parse("2026-12-04T18:00:30+01:00"))),
                List.of(new NegotiationRecord.Offer("Russia", r.offers().get(1).outcome(),
                        Optional.of(new NegotiationRecord.At(OffsetDateTime.parse("2026-12-03T10:15:00Z"))), "a \"quoted\" note")));
        for (NegotiationRecord x : List.of(r, timed)) {
            for (String name : List.of("r.yaml", "r.json")) {
                Path file = dir.resolve(name);
                RecordFiles.write(x, c.domain(), file);
                assertThat(RecordFiles.read(file, RecordFiles.Scenario.of(c))).as(name).isEqualTo(x);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "unknown issue|warheadCeiling: 1400|warheads: 1400|8|offers[0].package.warheads|unknown issue 'warheads'",
        "unknown value|inspections: 6|inspections: 7.5|14|offers[1].package.inspections|issue 'inspections' has no value '7.5'",
        "unknown party|- by: Russia|- by: China|12|offers[1].by|unknown party 'China'",
        "unknown side|counterpart: Russia|counterpart: China|3|counterpart|unknown party 'China'",
        "missing issue|excluded, linkage: stand-alone}\\n    note|excluded}\\n    note|8|offers[0].package.linkage|gives no value for issue 'linkage'",
        "other case|case: US–Russia nuclear risk reduction|case: Lease|1|case|the record belongs to 'Lease'",
        "bad deadline|deadline: 40|deadline: 0|4|deadline|",
        "bad date|deadline: 40|deadline: tomorrow|4|deadline|",
        "one side twice|counterpart: Russia|counterpart: United States|3|counterpart|cannot negotiate with itself",
        "unknown key|note: opening|remark: opening|11|offers[0].remark|",
    })
    void badRecordsNameTheLineAndField(String what, String from, String to, int line, String field, String message)
            throws Exception {
        String text = GOOD.replace(from.replace("\\n", "\n"), to.replace("\\n", "\n"));
        assertThat(text).as("the mutation applies").isNotEqualTo(GOOD);
        NegotiationCase c = flagship();
        assertThatThrownBy(() -> RecordFiles.read("bad.yaml", text, Format.YAML, RecordFiles.Scenario.of(c)))
                .isInstanceOf(InputException.class)
                .satisfies(e -> {
                    InputException x = (InputException) e;
                    assertThat(x.line()).as(x.getMessage()).isEqualTo(line);
                    assertThat(x.field()).as(x.getMessage()).isEqualTo(field);
                    assertThat(x.getMessage()).startsWith("bad.yaml:" + line).contains(message == null ? "" : message);
                });
    }
}
