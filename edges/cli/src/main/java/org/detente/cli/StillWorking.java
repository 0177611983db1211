package org.detente.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Says on stderr what a long command is doing: once it has run for longer than a grace period,
 * one line for the phase it is in, then one for each new phase (with the seconds so far), so that a
 * run of minutes is never silent while a quick one prints nothing. Phases come from the work's own
 * reports ({@link #phase}); a daemon thread writes the lines.
 */
final class StillWorking implements AutoCloseable {
    private static final long POLL_MILLIS = 100;
    private final PrintWriter err;
    private final String command;
    private final long start = System.nanoTime();
    private final Thread thread;
    private volatile String phase;

    private StillWorking(PrintWriter err, String command, long graceMillis) {
        this.err = err;
        this.command = command;
        this.thread = new Thread(() -> watch(graceMillis), "detente-still-working");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Starts watching.
     *
     * @param command     the command's name, for the lines
     * @param graceMillis how long the work runs before the first line
     */
    static StillWorking start(PrintWriter err, String command, long graceMillis) {
        return new StillWorking(err, command, graceMillis);
    }

    /** The work begins a phase (its description, lower case, without a final period). */
    void phase(String description) {
        phase = description;
    }

    private void watch(long graceMillis) {
        String shown = null;
        try {
            Thread.sleep(graceMillis);
            while (!Thread.currentThread().isInterrupted()) {
                String now = phase;
                if (now != null && !now.equals(shown)) {
                    synchronized (err) {
                        err.printf(Locale.ROOT, "detente: %s: %s… (%.0f s so far)%n", command, now,
                                (System.nanoTime() - start) / 1e9);
                        err.flush();
                    }
                    shown = now;
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            // the work is done
        }
    }

    /** The work is done: no line after this returns. */
    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
