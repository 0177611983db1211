package org.detente.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.detente.report.TournamentSummary;

/**
 * A tournament's results on Spark: the records of {@code sessions.jsonl} as a Parquet table (one
 * column per key of the record, the same names), and the per-agent summary computed by Spark SQL
 * from that table.
 */
final class SparkResults {
    /** The Parquet table's folder in the output directory. */
    static final String PARQUET = "sessions.parquet";
    /** A Spark setting that sends the Parquet table elsewhere (for example to HDFS on a cluster). */
    static final String PARQUET_CONF = "spark.detente.parquet";
    /** Records per task when they are shipped to be written (a record is about 600 bytes). */
    private static final int LINES_PER_TASK = 1_000;

    /** The columns: the keys of a {@code sessions.jsonl} record (see the report module's SessionJson). */
    static final StructType SCHEMA = new StructType()
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
            .add("welfare", DataTypes.DoubleType, true);

    private SparkResults() {
    }

    /** Where the table goes: {@value #PARQUET_CONF} if set, else {@code DIR/sessions.parquet}. */
    static String location(SparkSession spark, Path dir) {
        return spark.conf().get(PARQUET_CONF, dir.resolve(PARQUET).toAbsolutePath().toUri().toString());
    }

    /**
     * Writes the records as the Parquet table, replacing an earlier one (the JSON lines stay the
     * record a rerun resumes from).
     *
     * @param records one JSON object per session
     * @throws IllegalArgumentException if a record does not fit the schema
     */
    static void write(SparkSession spark, List<String> records, String location) {
        // slices of at most LINES_PER_TASK lines: a task carries its lines, and Spark warns above 1 MB
        var sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int slices = Math.max(1, Math.max(sc.defaultParallelism(), (records.size() + LINES_PER_TASK - 1) / LINES_PER_TASK));
        Dataset<String> lines = spark.createDataset(sc.parallelize(records, slices).rdd(), Encoders.STRING());
        Dataset<Row> table = spark.read().schema(SCHEMA).option("mode", "FAILFAST").json(lines);
        table.write().mode(SaveMode.Overwrite).parquet(location);
    }

    /** Each agent's totals over the table, computed by Spark, in the order of {@code agents}. */
    static List<TournamentSummary.Totals> totals(SparkSession spark, String location, List<String> agents) {
        Dataset<Row> seats = spark.read().parquet(location)
                .selectExpr("posexplode(agents) as (pos, agent)", "utilities", "parties", "agreement", "paretoDistance",
                        "nashDistance", "welfare", "endedBy", "endedByParty")
                .selectExpr("agent", "utilities[pos] as utility", "agreement", "paretoDistance", "nashDistance",
                        "welfare", "coalesce(endedBy = 'forfeit' and parties[pos] = endedByParty, false) as forfeit");
        List<Row> rows = seats.groupBy("agent").agg(
                count(lit(1)).as("seats"),
                sum(when(col("agreement"), 1).otherwise(0)).as("agreed"),
                sum("utility").as("utility"),
                sum(when(col("agreement"), col("paretoDistance"))).as("pareto"),
                sum(when(col("agreement"), col("nashDistance"))).as("nash"),
                count(when(col("agreement"), col("nashDistance"))).as("nashCount"),
                sum(when(col("agreement"), col("welfare"))).as("welfare"),
                sum(when(col("forfeit"), 1).otherwise(0)).as("forfeits")).collectAsList();
        Map<String, Row> byAgent = new HashMap<>();
        for (Row r : rows) {
            byAgent.put(r.getString(0), r);
        }
        List<TournamentSummary.Totals> out = new ArrayList<>();
        for (String a : agents) {
            Row r = byAgent.get(a);
            out.add(r == null ? new TournamentSummary.Totals(a, 0, 0, 0, 0, 0, 0, 0, 0)
                    : new TournamentSummary.Totals(a, r.getLong(1), r.getLong(2), orZero(r, 3), orZero(r, 4), orZero(r, 5),
                            r.getLong(6), orZero(r, 7), r.getLong(8)));
        }
        return out;
    }

    private static double orZero(Row r, int i) {
        return r.isNullAt(i) ? 0 : r.getDouble(i);
    }
}
