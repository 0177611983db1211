package org.detente.web;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Work the server runs beside its requests, on daemon threads that never keep the JVM alive. */
final class Background {
    private Background() {
    }

    /** One daemon thread, named {@code name}, running the tasks given to it in turn. */
    static ExecutorService queue(String name) {
        return Executors.newSingleThreadExecutor(r -> daemon(r, name));
    }

    /** A daemon thread named {@code name}, not started. */
    static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
