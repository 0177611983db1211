package org.detente.tournament;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.detente.rehearsal.Ending;
import org.detente.testing.CsvLine;
import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/** The JSON line and the CSV row of a record, both derived from {@link RecordKey}. */
class RecordFormatsTest {
    @Property(tries = 200)
    void aLineReadsBackAsTheSameRecord(@ForAll String agent, @ForAll String reason, @ForAll long seed,
                                       @ForAll @DoubleRange(min = -1e9, max = 1e9) double u, @ForAll boolean agreed,
                                       @ForAll Ending ending, @ForAll boolean mediated) {
        SessionRecord r = Records.session("s/" + agent + "/3", agent, "b", agreed, u, Double.NaN, ending,
                ending == Ending.FORFEIT ? "Q" : null);
        r = new SessionRecord(r.session(), r.scenario(), 3, seed, new SessionRecord.Result(agreed,
                r.result().outcome(), r.result().outcomeIndex(), r.result().agents(), r.result().parties(),
                r.result().utilities(), r.result().rawUtilities(), 5, 9, Double.NaN, ending,
                r.result().endedByParty(), reason, u, Double.NaN, u, mediated ? agent : null));
        String line = RecordJson.line(r);
        assertThat(RecordJson.read(line)).isEqualTo(r);
        assertThat(RecordJson.line(RecordJson.read(line))).isEqualTo(line);
    }

    @Test
    void theKeysAreWrittenInTheirOrderAndUndefinedNumbersAsNull() {
        var tree = RecordJson.tree(Records.session("lease/a+b/1", "a", "b", false, 0.3, 0.4, Ending.DEADLINE, null));
        List<String> keys = new ArrayList<>(tree.propertyNames());
        assertThat(keys).as("an alternating-offers line has every key but the optional mediator")
                .containsExactlyElementsOf(Arrays.stream(RecordKey.values()).filter(k -> !k.optional())
                        .map(RecordKey::key).toList());
        assertThat(tree.get("nashDistance").isNull()).isTrue();
        assertThat(tree.get("outcome").isNull()).isTrue();
        assertThat(tree.get("endedBy").asString()).isEqualTo("deadline");
        var result = RecordJson.tree(Records.agreed("a", "b", 0.5, 0.5).result());
        assertThat(result.propertyNames().iterator().next()).isEqualTo("agreement");
        assertThat(result.has("session")).isFalse();
        assertThat(RecordJson.readResult(result)).isEqualTo(Records.agreed("a", "b", 0.5, 0.5).result());
    }

    @Test
    void aSingleTextLineEndsWithItsMediatorAndItsCsvRowHasItBeforeTheAgents() {
        SessionRecord r = Records.mediated(Records.agreed("truthful", "strategic", 0.5, 0.6), "nash-seeker");
        var tree = RecordJson.tree(r);
        assertThat(new ArrayList<>(tree.propertyNames()))
                .containsExactlyElementsOf(Arrays.stream(RecordKey.values()).map(RecordKey::key).toList());
        assertThat(tree.get("mediator").asString()).isEqualTo("nash-seeker");
        assertThat(RecordJson.read(RecordJson.line(r))).isEqualTo(r);
        List<String> header = CsvLine.parse(RecordCsv.header(2, true));
        List<String> row = CsvLine.parse(RecordCsv.row(r, 2, true));
        assertThat(header.subList(0, 6)).containsExactly("session", "scenario", "repetition", "mediator", "agent_1",
                "agent_2");
        assertThat(row.get(3)).isEqualTo("nash-seeker");
        assertThat(row).hasSameSizeAs(header);
        assertThatThrownBy(() -> RecordJson.read(RecordJson.line(r).replace("\"nash-seeker\"", "7")))
                .hasMessageContaining("'mediator' must be a string or null");
    }

    @Test
    void aLineThatDoesNotFitSaysWhichKey() {
        String good = RecordJson.line(Records.agreed("a", "b", 0.5, 0.5));
        assertThatThrownBy(() -> RecordJson.read(good.replace("\"rounds\":12", "\"rounds\":\"12\"")))
                .hasMessageContaining("'rounds' must be a whole number");
        assertThatThrownBy(() -> RecordJson.read(good.replace("\"seed\":42,", "")))
                .hasMessageContaining("'seed' is missing");
        assertThatThrownBy(() -> RecordJson.read(good.replace("\"endedBy\":\"agreement\"", "\"endedBy\":\"shrug\"")))
                .hasMessageContaining("'endedBy' is 'shrug'; it is one of agreement, walk-away, deadline, forfeit");
        assertThatThrownBy(() -> RecordJson.read(good.substring(0, 40))).hasMessageStartingWith("not JSON");
        assertThatThrownBy(() -> RecordJson.read("[1]")).hasMessage("not a JSON object");
    }

    @Test
    void namesWithCommasAndQuotesStayInTheirColumns() {
        String odd = "odd, \"quoted\" agent";
        SessionRecord r = new SessionRecord("a, \"b\"/" + odd + "+plain/1", "a, \"b\"", 1, 7,
                Records.session("x", odd, "plain", false, 0.25, 0.5, Ending.FORFEIT, "P").result());
        List<String> header = CsvLine.parse(RecordCsv.header(3, false));
        List<String> row = CsvLine.parse(RecordCsv.row(r, 3, false));
        assertThat(row).hasSameSizeAs(header);
        assertThat(row.get(header.indexOf("session"))).isEqualTo(r.session());
        assertThat(row.get(header.indexOf("scenario"))).isEqualTo("a, \"b\"");
        assertThat(row.get(header.indexOf("agent_1"))).isEqualTo(odd);
        assertThat(row.get(header.indexOf("agent_2"))).isEqualTo("plain");
        assertThat(row.get(header.indexOf("agent_3"))).isEmpty();
        assertThat(row.get(header.indexOf("endedByParty"))).isEqualTo("P");
        assertThat(row.get(header.indexOf("utility_2"))).isEqualTo("0.5");
        assertThat(row.get(header.indexOf("nashDistance"))).isEmpty();
        assertThat(row.get(header.indexOf("seed"))).isEqualTo("7");
    }

    @Test
    void theCsvHeaderIsTheFilesContract() {
        assertThat(RecordCsv.header(2, false)).as("alternating offers: as before mediation").isEqualTo("session,scenario,repetition,agent_1,agent_2,agreement,endedBy,"
                + "endedByParty,reason,rounds,offers,time,utility_1,utility_2,paretoDistance,nashDistance,welfare,seed");
    }
}
