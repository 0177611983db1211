package org.detente.testing;

import org.junit.jupiter.api.Assumptions;

/**
 * The gate of the optional suites (Python, PostgreSQL): a test whose tool is missing is skipped on a
 * developer's machine, and fails where the tool is required — the suite's environment variable set
 * to {@code 1}, or {@code CI=true} — so that it never passes unseen there.
 */
public final class Required {
    private Required() {
    }

    /**
     * Skips the calling test, or fails it where required, unless {@code present}.
     *
     * @param present  whether the tool is there
     * @param variable the environment variable that requires it
     * @param absent   what is missing and how to provide it
     */
    public static void need(boolean present, String variable, String absent) {
        boolean required = "1".equals(System.getenv(variable)) || "true".equals(System.getenv("CI"));
        if (!present && required) {
            throw new AssertionError(absent + ", but it is required here (" + variable + "=1 or CI=true)");
        }
        Assumptions.assumeTrue(present, absent);
    }
}
