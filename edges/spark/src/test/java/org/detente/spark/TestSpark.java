package org.detente.spark;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.SparkSession;
import org.detente.testing.Repository;
import org.detente.testing.TestData;

/**
 * The one Spark session every test of this module shares (starting one takes seconds): two local
 * threads, each failed task tried twice ({@code local[2,2]}, so that a retry can be tested), bound to
 * 127.0.0.1 and without its web UI, as {@link SparkEngine} sets up local mode. Never stopped by a
 * test: Spark stops it when the JVM exits. The engine finds it running and leaves it running.
 * Whole-stage code generation and adaptive execution are off: on the tests' tiny tables they only
 * cost start-up seconds; {@code .ci/run} runs the engine with Spark's defaults end to end.
 */
final class TestSpark {
    private static SparkSession session;

    private TestSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            var conf = SparkEngine.conf("local[2,2]", null).set("spark.sql.shuffle.partitions", "2")
                    .set("spark.sql.codegen.wholeStage", "false").set("spark.sql.adaptive.enabled", "false");
            session = SparkSession.builder().config(conf).getOrCreate();
        }
        return session;
    }

    /** Three scenarios, one per format: a bundled case (YAML), ANAC Energy (GENIUS), ANL domain02 (GeniusWeb). */
    static Map<String, List<Path>> scenarioFiles() {
        Map<String, List<Path>> m = new LinkedHashMap<>();
        m.put("apartment-lease", List.of(Repository.path("examples/apartment-lease.yaml")));
        Path energy = TestData.path("genius/anac/y2011/Energy");
        m.put("energy", List.of(energy.resolve("energy_domain.xml"), energy.resolve("energy_consumer.xml"),
                energy.resolve("energy_distributor.xml")));
        Path anl = TestData.path("anl2023/domain02");
        m.put("domain02", List.of(anl.resolve("domain02.json"), anl.resolve("profileA.json"), anl.resolve("profileB.json")));
        return m;
    }
}
