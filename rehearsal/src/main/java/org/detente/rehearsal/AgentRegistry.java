package org.detente.rehearsal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

import org.detente.rehearsal.agents.BuiltInAgents;

/**
 * Agents by name: the built-in ones and any found through {@link ServiceLoader}. Immutable.
 */
public final class AgentRegistry {
    private final Map<String, AgentFactory> agents;

    private AgentRegistry(Map<String, AgentFactory> agents) {
        this.agents = Collections.unmodifiableMap(new LinkedHashMap<>(agents));
    }

    /** The built-in agents plus every {@link AgentProvider} on the class path. */
    public static AgentRegistry standard() {
        var map = new LinkedHashMap<>(BuiltInAgents.all());
        for (AgentProvider p : ServiceLoader.load(AgentProvider.class)) {
            map.putIfAbsent(p.name(), p);
        }
        return new AgentRegistry(map);
    }

    /** A registry holding exactly these agents. */
    public static AgentRegistry of(Map<String, ? extends AgentFactory> agents) {
        return new AgentRegistry(new LinkedHashMap<>(agents));
    }

    /** This registry plus {@code name} (replacing any agent of that name). */
    public AgentRegistry with(String name, AgentFactory factory) {
        var map = new LinkedHashMap<>(agents);
        map.put(name, factory);
        return new AgentRegistry(map);
    }

    /** The known names, in registration order. */
    public Set<String> names() {
        return agents.keySet();
    }

    /**
     * The factory named {@code name}.
     *
     * @throws IllegalArgumentException if no agent has that name (the message lists the known ones)
     */
    public AgentFactory get(String name) {
        AgentFactory f = agents.get(name);
        if (f == null) {
            throw new IllegalArgumentException("unknown agent '" + name + "'; known agents: " + String.join(", ", names()));
        }
        return f;
    }

    /** Whether an agent has that name. */
    public boolean contains(String name) {
        return agents.containsKey(name);
    }
}
