package org.detente.web.store;

import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.io.TempDir;

/** The store contract on an SQLite file. */
class SqliteStoreTest extends StoreContract {
    @TempDir
    Path dir;

    @Override
    Store store(Clock clock) {
        return Store.open(dir.resolve("test.db").toString(), clock);
    }
}
