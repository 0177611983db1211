package org.detente.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.detente.tournament.RecordJson;
import org.detente.tournament.RecordKey;
import org.detente.tournament.SessionRecord;
import org.detente.tournament.Totals;

import scala.Tuple2;

/**
 * A tournament's results on Spark: the records of {@code sessions.jsonl} as a Parquet table (one
 * column per {@link RecordKey}, the same names and order), and the per-agent {@link Totals} computed
 * by Spark from that table: each row's seats ({@link Totals#seats}) reduced by agent with
 * {@link Totals#plus}, the definition a local run uses.
 */
final class SparkResults {
    /** The Parquet table's folder in the output directory. */
    static final String PARQUET = "sessions.parquet";
    /** A Spark setting that sends the Parquet table elsewhere (for example to HDFS on a cluster). */
    static final String PARQUET_CONF = "spark.detente.parquet";
    /** Records per task when they are shipped to be written (a record is about 600 bytes). */
    private static final int LINES_PER_TASK = 1_000;

    /** The columns: one per {@link RecordKey}, of its type and nullability. */
    static final StructType SCHEMA = schema();

    private SparkResults() {
    }

    private static StructType schema() {
        StructType t = new StructType();
        for (RecordKey k : RecordKey.values()) {
            t = t.add(k.key(), type(k.type()), k.nullable());
        }
        return t;
    }

    private static DataType type(RecordKey.Type t) {
        return switch (t) {
            case TEXT -> DataTypes.StringType;
            case INTEGER -> DataTypes.IntegerType;
            case LONG -> DataTypes.LongType;
            case BOOLEAN -> DataTypes.BooleanType;
            case NUMBER -> DataTypes.DoubleType;
            case LABELS -> DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType);
            case TEXTS -> DataTypes.createArrayType(DataTypes.StringType, false);
            case NUMBERS -> DataTypes.createArrayType(DataTypes.DoubleType, true);
        };
    }

    /** Where the table goes: {@value #PARQUET_CONF} if set, else {@code DIR/sessions.parquet}. */
    static String location(SparkSession spark, Path dir) {
        return spark.conf().get(PARQUET_CONF, dir.resolve(PARQUET).toAbsolutePath().toUri().toString());
    }

    /**
     * Writes the records as the Parquet table, replacing an earlier one (the JSON lines stay the
     * record a rerun resumes from).
     *
     * @throws IllegalArgumentException if a record does not fit the schema
     */
    static void write(SparkSession spark, List<SessionRecord> records, String location) {
        // slices of at most LINES_PER_TASK lines: a task carries its lines, and Spark warns above 1 MB
        var sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<String> lines = records.stream().map(RecordJson::line).toList();
        int slices = Math.max(1, Math.max(sc.defaultParallelism(), (lines.size() + LINES_PER_TASK - 1) / LINES_PER_TASK));
        Dataset<String> json = spark.createDataset(sc.parallelize(lines, slices).rdd(), Encoders.STRING());
        Dataset<Row> table = spark.read().schema(SCHEMA).option("mode", "FAILFAST").json(json);
        table.write().mode(SaveMode.Overwrite).parquet(location);
    }

    /** Each agent's totals over the table, computed by Spark, in the order of {@code agents}. */
    static List<Totals> totals(SparkSession spark, String location, List<String> agents) {
        Map<String, Totals> byAgent = spark.read().parquet(location).javaRDD()
                .flatMapToPair(SparkResults::seats)
                .reduceByKey(Totals::plus)
                .collectAsMap();
        List<Totals> out = new ArrayList<>();
        for (String a : agents) {
            out.add(byAgent.getOrDefault(a, Totals.none(a)));
        }
        return out;
    }

    private static Iterator<Tuple2<String, Totals>> seats(Row row) {
        return Totals.seats(record(row)).stream().map(t -> new Tuple2<>(t.agent(), t)).iterator();
    }

    /** A row of the table as the record it was written from. */
    static SessionRecord record(Row row) {
        return SessionRecord.fromValues(k -> {
            int i = row.fieldIndex(k.key());
            if (row.isNullAt(i)) {
                return k.type() == RecordKey.Type.NUMBER ? Double.NaN : null;
            }
            return switch (k.type()) {
                case TEXT -> row.getString(i);
                case INTEGER -> row.getInt(i);
                case LONG -> row.getLong(i);
                case BOOLEAN -> row.getBoolean(i);
                case NUMBER -> row.getDouble(i);
                case LABELS -> new LinkedHashMap<>(row.<String, String>getJavaMap(i));
                case TEXTS -> row.<String>getList(i);
                case NUMBERS -> {
                    List<Double> v = new ArrayList<>();
                    for (Double d : row.<Double>getList(i)) {
                        v.add(d == null ? Double.NaN : d);
                    }
                    yield v;
                }
            };
        });
    }
}
