package org.detente.isolation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.detente.rehearsal.AgentRegistry;
import org.detente.rehearsal.Clock;
import org.detente.rehearsal.LocalExecutor;
import org.detente.rehearsal.SessionResult;
import org.detente.rehearsal.SessionSpec;

/** Runs sessions on the local executor and collects their results by session id. */
final class Runs {
    private Runs() {
    }

    static Map<String, SessionResult> run(AgentRegistry registry, List<SessionSpec> specs, int threads)
            throws InterruptedException {
        Map<String, SessionResult> out = new LinkedHashMap<>();
        new LocalExecutor(threads, registry, Clock.SYSTEM).execute(specs, (s, r) -> out.put(s.id(), r));
        return out;
    }

    /** The live processes descending from this JVM. */
    static List<ProcessHandle> descendants() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList();
    }
}
