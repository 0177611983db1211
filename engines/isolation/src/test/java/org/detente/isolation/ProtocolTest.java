package org.detente.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.detente.rehearsal.Deadline;
import org.detente.rehearsal.Scenario;
import org.detente.rehearsal.UtilityTable;
import org.detente.testing.Repository;
import org.junit.jupiter.api.Test;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.json.JsonMapper;

/**
 * The agent protocol: every message survives a round trip through its line, each line is valid
 * under its published JSON Schema (docs/agent-protocol/), bad lines are refused with a reason, and
 * preferences decode to the very same utilities.
 */
class ProtocolTest {
    private static final Path SCHEMAS = Repository.path("docs/agent-protocol");

    private static List<Message> samples() {
        Scenario s = TestScenarios.armsControl();
        var start = new Message.Start(Message.VERSION, "arms/boulware+py/1", "py", 1, List.of("US", "Russia"),
                Encoding.deadline(Deadline.rounds(100)), 1000, 60_000, -42,
                Encoding.domain(s.table(1).space().domain()), Encoding.preferences(s.table(1).preferences()));
        Scenario r = TestScenarios.rectangles();
        var start2 = new Message.Start(Message.VERSION, "boxes/a+b/1", "a", 0, List.of("seller", "buyer"),
                Encoding.deadline(Deadline.time(Duration.ofSeconds(3))), 0, 0, 7,
                Encoding.domain(r.table(0).space().domain()), Encoding.preferences(r.table(0).preferences()));
        return List.of(start, start2,
                new Message.Act(0, 0.0, List.of(), null),
                new Message.Act(3, 0.25, List.of(new Message.Offered(0, List.of(1, 0, 2), 0.25), new Message.Accepted(2)),
                        new Message.Standing(0, List.of(1, 0, 2))),
                new Message.Result("agreement", -1, "", List.of(1, 0, 2), 0.5, 51, 80, 0.71),
                new Message.Result("forfeit", 1, "did not answer", null, 0.1, 3, 5, 0.0),
                new Message.Ready(1), new Message.Offer(List.of(0, 2)), new Message.Accept(), new Message.End(),
                new Message.Fail("out of ideas"));
    }

    @Test
    void everyMessageSurvivesItsLine() {
        for (Message m : samples()) {
            String line = Wire.write(m);
            assertThat(line).doesNotContain("\n");
            assertThat(Wire.read(line, Message.class)).as(line).isEqualTo(m);
        }
    }

    @Test
    void everyLineIsValidUnderItsSchema() throws IOException {
        var mapper = JsonMapper.builder().build();
        var registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        for (Message m : samples()) {
            String type = Wire.name(m);
            Schema schema = registry.getSchema(Files.readString(SCHEMAS.resolve(type + ".schema.json")));
            String line = Wire.write(m);
            assertThat(schema.validate(mapper.readTree(line))).as("%s: %s", type, line).isEmpty();
        }
    }

    @Test
    void theSchemasRefuseWhatTheProtocolRefuses() throws IOException {
        var mapper = JsonMapper.builder().build();
        var registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        Schema offer = registry.getSchema(Files.readString(SCHEMAS.resolve("offer.schema.json")));
        assertThat(offer.validate(mapper.readTree("{\"type\":\"offer\"}"))).isNotEmpty();
        assertThat(offer.validate(mapper.readTree("{\"type\":\"offer\",\"outcome\":[-1]}"))).isNotEmpty();
        Schema ready = registry.getSchema(Files.readString(SCHEMAS.resolve("ready.schema.json")));
        assertThat(ready.validate(mapper.readTree("{\"type\":\"ready\"}"))).isNotEmpty();
    }

    @Test
    void badLinesAreRefusedWithAReason() {
        assertThatThrownBy(() -> Wire.read("hello", Message.Answer.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'hello'");
        assertThatThrownBy(() -> Wire.read("{\"type\":\"offer\"}", Message.Answer.class))
                .hasMessage("'offer' needs 'outcome', a list of value indices: '{\"type\":\"offer\"}'");
        assertThatThrownBy(() -> Wire.read("{\"type\":\"dance\"}", Message.Answer.class))
                .hasMessageContaining("dance");
        assertThatThrownBy(() -> Wire.read("{\"type\":\"ready\",\"protocol\":1}", Message.Answer.class))
                .hasMessage("a 'ready' message where 'offer', 'accept', 'end' or 'fail' was due");
        assertThatThrownBy(() -> Wire.read("{\"type\":\"accept\"} {\"type\":\"accept\"}", Message.Answer.class))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Wire.read("{\"type\":\"accept\",\"note\":\"later versions may add fields\"}", Message.Answer.class))
                .isEqualTo(new Message.Accept());
    }

    @Test
    void preferencesDecodeToTheSameUtilitiesBitForBit() {
        for (Scenario s : List.of(TestScenarios.armsControl(), TestScenarios.lease(), TestScenarios.rectangles())) {
            for (int p = 0; p < s.parties(); p++) {
                UtilityTable t = s.table(p);
                var domain = Wire.read(Wire.write(new Message.Start(1, "x", "a", p, List.of("a", "b"),
                        new Message.Deadline(10, null), 0, 0, 0, Encoding.domain(t.space().domain()),
                        Encoding.preferences(t.preferences()))), Message.Start.class);
                UtilityTable back = UtilityTable.of(Encoding.preferences(domain.domain(), domain.preferences()),
                        Scenario.DEFAULT_MAX_OUTCOMES);
                assertThat(back.size()).isEqualTo(t.size());
                assertThat(back.ranks()).as("permitted outcomes of %s/%d", s.name(), p).isEqualTo(t.ranks());
                for (long o = 0; o < t.size(); o++) {
                    assertThat(Double.doubleToRawLongBits(back.utility(o))).as("%s/%d outcome %d", s.name(), p, o)
                            .isEqualTo(Double.doubleToRawLongBits(t.utility(o)));
                    assertThat(back.permits(o)).isEqualTo(t.permits(o));
                }
                assertThat(back.reservationValue()).isEqualTo(t.reservationValue());
                assertThat(back.preferences().discountFactor()).isEqualTo(t.preferences().discountFactor());
                for (long o = 0; o < t.size(); o += 7) {
                    assertThat(Encoding.index(t.space(), Encoding.outcome(t.space(), o))).isEqualTo(o);
                }
            }
        }
    }

    @Test
    void outcomesOutsideTheSpaceAreRefused() {
        var space = TestScenarios.armsControl().table(0).space();
        assertThatThrownBy(() -> Encoding.index(space, List.of(0))).hasMessageContaining("one per issue");
        List<Integer> big = new java.util.ArrayList<>(java.util.Collections.nCopies(space.domain().size(), 0));
        big.set(0, 99);
        assertThatThrownBy(() -> Encoding.index(space, big)).hasMessageContaining("outside [0, ");
    }
}
