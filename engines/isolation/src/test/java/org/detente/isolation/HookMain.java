package org.detente.isolation;

import java.time.Duration;
import java.util.List;

/**
 * Run in a forked JVM by {@link ShutdownHookTest}: starts an agent process, prints its pid, and
 * exits without closing anything — the shutdown hook must kill the process.
 */
public final class HookMain {
    private HookMain() {
    }

    public static void main(String[] args) throws Exception {
        ProcessPool pool = new ProcessPool(new Limits(Duration.ZERO, 64));
        Child c = pool.acquire(new Launch.External("sleeper", List.of("sleep", "1000")));
        System.out.println(c.handle().pid());
        System.out.flush();
        System.exit(0);
    }
}
