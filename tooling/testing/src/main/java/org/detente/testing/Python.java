package org.detente.testing;

import java.util.concurrent.TimeUnit;

/** Tests of agents in Python (the reference agent in {@code agents/python/}): python3 on the PATH. */
public final class Python {
    private Python() {
    }

    /** Whether python3 runs, found once per test JVM. */
    private static final class Found {
        static final boolean PRESENT = present();

        private static boolean present() {
            try {
                Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
                return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (Exception e) {
                return false;
            }
        }
    }

    /**
     * Skips the calling test when {@code python3} is missing, or fails it where Python is required
     * (the environment variable {@code DETENTE_TEST_PYTHON_REQUIRED=1}, or {@code CI=true}).
     */
    public static void need() {
        Required.need(Found.PRESENT, "DETENTE_TEST_PYTHON_REQUIRED", "python3 is not on the PATH");
    }
}
