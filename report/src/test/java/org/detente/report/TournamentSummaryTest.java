package org.detente.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The per-agent summary counts seats, agreements, forfeits and means as documented. */
class TournamentSummaryTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode session(String a, String b, boolean agreed, double ua, double ub, String endedBy, String by) {
        return JSON.readTree("{\"agents\": [\"" + a + "\", \"" + b + "\"], \"parties\": [\"P\", \"Q\"],"
                + " \"utilities\": [" + ua + ", " + ub + "], \"agreement\": " + agreed + ","
                + " \"paretoDistance\": " + (agreed ? "0.1" : "null") + ", \"nashDistance\": " + (agreed ? "0.2" : "null")
                + ", \"welfare\": " + (ua + ub) + ", \"endedBy\": \"" + endedBy + "\", \"endedByParty\": "
                + (by == null ? "null" : "\"" + by + "\"") + "}");
    }

    @Test
    void seatsAgreementsMeansAndForfeits() {
        List<JsonNode> records = List.of(
                session("x", "y", true, 0.8, 0.6, "agreement", null),
                session("y", "x", false, 0.0, 0.4, "forfeit", "P"),
                session("x", "x", true, 0.5, 0.5, "agreement", null));
        List<TournamentSummary.Totals> rows = TournamentSummary.totals(List.of("x", "y", "z"), records);
        TournamentSummary.Totals x = rows.get(0);
        assertThat(x.seats()).isEqualTo(4);
        assertThat(x.agreementRate()).isEqualTo(0.75);
        assertThat(x.meanUtility()).isEqualTo((0.8 + 0.4 + 0.5 + 0.5) / 4);
        assertThat(x.forfeits()).isZero();
        TournamentSummary.Totals y = rows.get(1);
        assertThat(y.seats()).isEqualTo(2);
        assertThat(y.forfeits()).isEqualTo(1);
        assertThat(y.meanNash()).isEqualTo(0.2);
        TournamentSummary.Totals z = rows.get(2);
        assertThat(z.seats()).isZero();
        assertThat(z.agreementRate()).isNaN();
        assertThat(z.csv()).isEqualTo("z,0,,,,,,0");
        assertThat(TournamentSummary.rows(TournamentSummary.totals(List.of("a,b"), records)))
                .containsExactly("\"a,b\",0,,,,,,0");
    }
}
