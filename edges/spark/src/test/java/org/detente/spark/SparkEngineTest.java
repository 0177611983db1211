package org.detente.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The settings of a new Spark session: loopback only in local mode, the user's word first. */
class SparkEngineTest {
    @AfterEach
    void forget() {
        System.clearProperty("spark.driver.host");
        System.clearProperty("spark.master");
    }

    @Test
    void localModeListensOnLoopbackOnlyWithoutItsWebUi() {
        var conf = SparkEngine.conf("local[2]", null);
        assertThat(conf.get("spark.master")).isEqualTo("local[2]");
        assertThat(conf.get("spark.driver.host")).isEqualTo("127.0.0.1");
        assertThat(conf.get("spark.driver.bindAddress")).isEqualTo("127.0.0.1");
        assertThat(conf.get("spark.ui.enabled")).isEqualTo("false");
    }

    @Test
    void withoutAMasterItIsLocalOnTheGivenThreadsOrEveryCore() {
        assertThat(SparkEngine.conf(null, 3).get("spark.master")).isEqualTo("local[3]");
        assertThat(SparkEngine.conf(null, null).get("spark.master")).isEqualTo("local[*]");
        System.setProperty("spark.master", "local[1]"); // as spark-submit --master passes it
        assertThat(SparkEngine.conf(null, 3).get("spark.master")).isEqualTo("local[1]");
    }

    @Test
    void aClusterMasterIsLeftToItsOwnAddressesAndTheUsersSettingsWin() {
        var cluster = SparkEngine.conf("spark://spark-master:7077", null);
        assertThat(cluster.contains("spark.driver.host")).isFalse();
        assertThat(cluster.contains("spark.driver.bindAddress")).isFalse();
        System.setProperty("spark.driver.host", "10.0.0.5");
        assertThat(SparkEngine.conf("local[2]", null).get("spark.driver.host")).isEqualTo("10.0.0.5");
    }
}
