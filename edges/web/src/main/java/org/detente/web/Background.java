package org.detente.web;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work the server runs beside its requests, on daemon threads that never keep the JVM alive; what
 * escapes a task is logged, never printed.
 */
final class Background {
    private static final Logger LOG = LoggerFactory.getLogger(Background.class);
    /** How long stopping waits for a task to end (it is interrupted first). */
    static final long STOP_WAIT_MILLIS = 5_000;

    private Background() {
    }

    /**
     * Interrupts the queue's task and waits up to {@link #STOP_WAIT_MILLIS} for it to end.
     *
     * @throws IllegalStateException if it is still running then (it goes on, on its daemon thread)
     */
    static void stop(ExecutorService queue, String what) {
        queue.shutdownNow();
        try {
            if (!queue.awaitTermination(STOP_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException(what + " was still running " + STOP_WAIT_MILLIS / 1000
                        + " s after it was interrupted");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + what + " to stop", e);
        }
    }

    /** One daemon thread, named {@code name}, running the tasks given to it in turn. */
    static ExecutorService queue(String name) {
        return Executors.newSingleThreadExecutor(r -> daemon(r, name));
    }

    /** One daemon thread, named {@code name}, running {@code task} every {@code period} (the first time after one). */
    static ScheduledExecutorService every(String name, Duration period, Runnable task) {
        ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, name));
        s.scheduleWithFixedDelay(task, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        return s;
    }

    /** A daemon thread named {@code name}, not started. */
    static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.setUncaughtExceptionHandler((thread, e) -> LOG.error("detente serve: {} failed", thread.getName(), e));
        return t;
    }
}
