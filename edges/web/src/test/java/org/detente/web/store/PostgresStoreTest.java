package org.detente.web.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.detente.testing.Required;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The store contract on a real PostgreSQL, named by {@code DETENTE_TEST_PG_URL} (a JDBC URL with
 * user and password; {@code .ci/run} starts one on loopback). Without it the tests are skipped —
 * unless {@code DETENTE_TEST_PG_REQUIRED=1} or {@code CI=true}, where a missing database fails
 * loudly instead of passing unseen.
 */
class PostgresStoreTest extends StoreContract {
    static final String URL = System.getenv("DETENTE_TEST_PG_URL");

    @BeforeAll
    static void database() {
        Required.need(URL != null && !URL.isBlank(), "DETENTE_TEST_PG_REQUIRED",
                "no PostgreSQL: set DETENTE_TEST_PG_URL=jdbc:postgresql://127.0.0.1/DB?user=U&password=P"
                        + " (.ci/run starts one and sets it)");
    }

    @Override
    Store store(Clock clock) {
        return Store.open(URL, clock);
    }

    @Test
    void itIsReallyPostgres() {
        assertThat(store().description()).startsWith("PostgreSQL").doesNotContain("password=" + "x");
    }

    @Test
    void passwordsAreNotShown() {
        assertThat(Store.withoutSecrets("jdbc:postgresql://h/db?user=u&password=secret&ssl=false"))
                .isEqualTo("jdbc:postgresql://h/db?user=u&password=***&ssl=false");
    }
}
