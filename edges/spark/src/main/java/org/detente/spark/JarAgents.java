package org.detente.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.detente.rehearsal.AgentRegistry;
import org.detente.rehearsal.agents.BuiltInAgents;

/**
 * Agents on a worker with plug-in jars: the built-in ones, the class path's (where Spark puts the
 * jars it shipped) and those in the driver's jar paths that exist on this worker. One registry per
 * list of jars and JVM, so that each task does not open the jars again.
 *
 * @param jars the jars' absolute paths on the driver
 */
record JarAgents(List<String> jars) implements SparkExecutor.Agents {
    private static final long serialVersionUID = 1L;
    private static final Map<List<String>, AgentRegistry> LOADED = new ConcurrentHashMap<>();

    JarAgents {
        jars = List.copyOf(jars);
    }

    @Override
    public AgentRegistry registry() {
        return LOADED.computeIfAbsent(jars, js -> BuiltInAgents.registry(js.stream().map(Path::of)
                .filter(Files::isRegularFile).toList()));
    }
}
