package org.detente.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.detente.rehearsal.Ending;
import org.detente.tournament.SessionRecord;
import org.detente.tournament.Totals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Parquet table holds the records as they are, and Spark's totals are those of a local run. */
class SparkResultsTest {
    @Test
    void theTablesColumnsAreTheRecordsKeys() {
        StructType contract = new StructType()
                .add("session", DataTypes.StringType, false)
                .add("scenario", DataTypes.StringType, false)
                .add("repetition", DataTypes.IntegerType, false)
                .add("seed", DataTypes.LongType, false)
                .add("agreement", DataTypes.BooleanType, false)
                .add("outcome", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType), true)
                .add("outcomeIndex", DataTypes.LongType, false)
                .add("agents", DataTypes.createArrayType(DataTypes.StringType, false), false)
                .add("parties", DataTypes.createArrayType(DataTypes.StringType, false), false)
                .add("utilities", DataTypes.createArrayType(DataTypes.DoubleType, true), false)
                .add("rawUtilities", DataTypes.createArrayType(DataTypes.DoubleType, true), false)
                .add("rounds", DataTypes.IntegerType, false)
                .add("offers", DataTypes.IntegerType, false)
                .add("time", DataTypes.DoubleType, true)
                .add("endedBy", DataTypes.StringType, false)
                .add("endedByParty", DataTypes.StringType, true)
                .add("reason", DataTypes.StringType, false)
                .add("paretoDistance", DataTypes.DoubleType, true)
                .add("nashDistance", DataTypes.DoubleType, true)
                .add("welfare", DataTypes.DoubleType, true)
                // null for alternating offers: one schema for both protocols (docs/mediation.md)
                .add("mediator", DataTypes.StringType, true);
        assertThat(SparkResults.SCHEMA).isEqualTo(contract);
    }

    private static SessionRecord record(int i, String a, String b, Ending ending) {
        boolean agreed = ending == Ending.AGREEMENT;
        double ua = 0.1 * (i % 7);
        double ub = 0.05 * (i % 11);
        return new SessionRecord("s, \"x\"/" + a + "+" + b + "/" + i, "s, \"x\"", i, 1000L * i,
                new SessionRecord.Result(agreed, agreed ? Map.of("price", "high") : null, agreed ? i : -1,
                        List.of(a, b), List.of("P", "Q"), List.of(ua, agreed ? ub : Double.NaN), List.of(ua, ub), i, 2 * i,
                        0.5, ending, ending == Ending.FORFEIT ? "Q" : null, ending == Ending.FORFEIT ? "threw" : "",
                        agreed ? 0.01 * i : Double.NaN, agreed && i % 3 > 0 ? 0.02 * i : Double.NaN, ua + ub,
                        i % 4 == 0 ? "nash-seeker" : null));
    }

    @Test
    void theTableKeepsTheRecordsAndSparksTotalsAreALocalRunsTotals(@TempDir Path dir) {
        var spark = TestSpark.session();
        List<String> agents = List.of("plain", "odd, \"quoted\"", "absent");
        List<SessionRecord> records = new ArrayList<>();
        Ending[] endings = Ending.values();
        for (int i = 1; i <= 40; i++) {
            records.add(record(i, agents.get(i % 2), agents.get(i / 2 % 2), endings[i % endings.length]));
        }
        String location = dir.resolve("t.parquet").toUri().toString();
        SparkResults.write(spark, records, location);

        List<SessionRecord> back = spark.read().parquet(location).collectAsList().stream().map(SparkResults::record)
                .toList();
        assertThat(back).containsExactlyInAnyOrderElementsOf(records);
        List<Totals> sparks = SparkResults.totals(spark, location, agents);
        List<Totals> local = Totals.of(agents, records);
        for (int k = 0; k < agents.size(); k++) {
            assertThat(sparks.get(k).csv()).isEqualTo(local.get(k).csv());
            assertThat(sparks.get(k).seats()).isEqualTo(local.get(k).seats());
            assertThat(sparks.get(k).nashCount()).isEqualTo(local.get(k).nashCount());
            assertThat(sparks.get(k).forfeits()).isEqualTo(local.get(k).forfeits());
        }
        assertThat(sparks.get(2)).isEqualTo(Totals.none("absent"));
    }
}
