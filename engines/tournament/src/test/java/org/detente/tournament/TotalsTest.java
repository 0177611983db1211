package org.detente.tournament;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.detente.rehearsal.Ending;
import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The per-agent totals count seats, agreements, forfeits and means as documented, and add up. */
class TotalsTest {
    private static final List<SessionRecord> RECORDS = List.of(
            Records.agreed("x", "y", 0.8, 0.6),
            Records.session("lease/y+x/1", "y", "x", false, 0.0, 0.4, Ending.FORFEIT, "P"),
            Records.agreed("x", "x", 0.5, 0.5));

    @Test
    void aMediatorsTotalsCountSessionsTheirMeanUtilityAndItsOwnForfeits() {
        List<SessionRecord> records = List.of(
                Records.mediated(Records.agreed("truthful", "strategic", 0.8, 0.6), "annealer"),
                Records.mediated(Records.session("lease/annealer/x+y/1", "x", "y", false, 0.3, 0.5, Ending.FORFEIT,
                        null), "annealer"),
                Records.mediated(Records.session("lease/annealer/x+y/2", "x", "y", false, 0.0, 0.5, Ending.FORFEIT,
                        "P"), "annealer"),
                Records.mediated(Records.agreed("x", "x", 0.5, 0.5), "feedback"),
                Records.agreed("x", "y", 1, 1));
        List<Totals> rows = Totals.ofMediators(List.of("annealer", "feedback", "hill-climber"), records);
        Totals a = rows.get(0);
        assertThat(a.seats()).as("sessions").isEqualTo(3);
        assertThat(a.agreementRate()).isEqualTo(1.0 / 3);
        assertThat(a.meanUtility()).isCloseTo((0.7 + 0.4 + 0.25) / 3, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(a.forfeits()).as("only the session it forfeited itself").isEqualTo(1);
        assertThat(a.meanPareto()).isEqualTo(0.1);
        assertThat(rows.get(1).seats()).isEqualTo(1);
        assertThat(rows.get(2).seats()).isZero();
        assertThatThrownBy(() -> Totals.mediated(records.get(4))).hasMessageContaining("had no mediator");
    }

    @Test
    void seatsAgreementsMeansAndForfeits() {
        List<Totals> rows = Totals.of(List.of("x", "y", "z"), RECORDS);
        Totals x = rows.get(0);
        assertThat(x.seats()).isEqualTo(4);
        assertThat(x.agreementRate()).isEqualTo(0.75);
        assertThat(x.meanUtility()).isEqualTo((0.8 + 0.4 + 0.5 + 0.5) / 4);
        assertThat(x.forfeits()).isZero();
        Totals y = rows.get(1);
        assertThat(y.seats()).isEqualTo(2);
        assertThat(y.forfeits()).isEqualTo(1);
        assertThat(y.meanNash()).isEqualTo(0.2);
        Totals z = rows.get(2);
        assertThat(z.seats()).isZero();
        assertThat(z.agreementRate()).isNaN();
        assertThat(z.csv()).isEqualTo("z,0,,,,,,0");
        assertThat(Totals.of(List.of("a,\"b\""), RECORDS).get(0).csv()).isEqualTo("\"a,\"\"b\"\"\",0,,,,,,0");
    }

    @Test
    void onlyTheSameAgentsTotalsAdd() {
        assertThatThrownBy(() -> Totals.none("x").plus(Totals.none("y"))).hasMessageContaining("x and y");
    }

    /** Whatever way the seats are grouped before adding (as a cluster does), the counts are the same. */
    @Property(tries = 100)
    void theTotalsOfPartsAddUpToTheTotalsOfTheWhole(@ForAll @Size(max = 30) List<@IntRange(max = 5) Integer> picks,
                                                    @ForAll @IntRange(min = 0, max = 30) int split) {
        List<String> agents = List.of("a", "b", "c");
        List<SessionRecord> records = new ArrayList<>();
        for (int i = 0; i < picks.size(); i++) {
            int p = picks.get(i);
            String one = agents.get(p % 3);
            String two = agents.get(p / 2 % 3);
            records.add(p == 5 ? Records.session("s/" + i, one, two, false, 0.1, 0.2, Ending.FORFEIT, "Q")
                    : Records.agreed(one, two, 0.1 * p, 0.05 * i));
        }
        int cut = Math.min(split, records.size());
        List<Totals> left = Totals.of(agents, records.subList(0, cut));
        List<Totals> right = Totals.of(agents, records.subList(cut, records.size()));
        List<Totals> whole = Totals.of(agents, records);
        for (int k = 0; k < agents.size(); k++) {
            Totals sum = right.get(k).plus(left.get(k));
            Totals w = whole.get(k);
            assertThat(sum.seats()).isEqualTo(w.seats());
            assertThat(sum.agreed()).isEqualTo(w.agreed());
            assertThat(sum.nashCount()).isEqualTo(w.nashCount());
            assertThat(sum.forfeits()).isEqualTo(w.forfeits());
            assertThat(sum.utility()).isCloseTo(w.utility(), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(sum.csv()).isEqualTo(w.csv());
        }
    }
}
