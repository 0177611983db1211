package org.detente.testing;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/** Tests of agents in Python (the reference agent in {@code agents/python/}): python3 on the PATH. */
public final class Python {
    private Python() {
    }

    /**
     * Skips the calling test when {@code python3} is missing, or fails it where Python is required
     * (the environment variable {@code DETENTE_TEST_PYTHON_REQUIRED=1}, or {@code CI=true}).
     */
    public static void need() {
        boolean present;
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            present = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            present = false;
        }
        boolean required = "1".equals(System.getenv("DETENTE_TEST_PYTHON_REQUIRED")) || "true".equals(System.getenv("CI"));
        if (required && !present) {
            throw new AssertionError("python3 is required here (DETENTE_TEST_PYTHON_REQUIRED or CI)");
        }
        Assumptions.assumeTrue(present, "python3 is not on the PATH");
    }
}
