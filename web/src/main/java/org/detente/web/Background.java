package org.detente.web;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Work the server runs beside its requests, on daemon threads that never keep the JVM alive. */
final class Background {
    private Background() {
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
        return t;
    }
}
