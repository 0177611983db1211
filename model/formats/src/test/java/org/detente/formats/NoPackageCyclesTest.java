package org.detente.formats;

import org.detente.testing.PackageCycles;
import org.junit.jupiter.api.Test;

/** The packages of this module depend on each other without a cycle (the class dependencies of its compiled classes). */
class NoPackageCyclesTest {
    @Test
    void none() {
        PackageCycles.assertNone(InputException.class);
    }
}
