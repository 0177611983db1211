package org.detente.rehearsal;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Agents by name: any map of factories, plus those found through {@link ServiceLoader}
 * ({@link #withProviders}). Immutable. The standard registry — the built-in agents, then the
 * providers — is {@code org.detente.rehearsal.agents.BuiltInAgents.registry()}: this package (the
 * protocol and the agents' interfaces) does not depend on the agents written against it.
 */
public final class AgentRegistry {
    private final Map<String, AgentFactory> agents;

    private AgentRegistry(Map<String, AgentFactory> agents) {
        this.agents = Collections.unmodifiableMap(new LinkedHashMap<>(agents));
    }

    /**
     * This registry plus every {@link AgentProvider} on the class path and in {@code jars} (each
     * listed in its jar's {@code META-INF/services/org.detente.rehearsal.AgentProvider}), loaded by
     * one class loader over the jars. A name already taken keeps its first agent. The built-in agents
     * with the providers are {@code BuiltInAgents.registry(jars)} (package {@code rehearsal.agents}).
     *
     * @throws IllegalArgumentException if a jar's providers cannot be loaded (naming the jars)
     */
    public AgentRegistry withProviders(List<Path> jars) {
        var map = new LinkedHashMap<>(agents);
        ServiceLoader<AgentProvider> loader;
        if (jars.isEmpty()) {
            loader = ServiceLoader.load(AgentProvider.class);
        } else {
            URL[] urls = new URL[jars.size()];
            for (int i = 0; i < urls.length; i++) {
                try {
                    urls[i] = jars.get(i).toUri().toURL();
                } catch (MalformedURLException e) {
                    throw new IllegalArgumentException(jars.get(i) + ": not a jar path: " + e.getMessage(), e);
                }
            }
            ClassLoader parent = Thread.currentThread().getContextClassLoader();
            loader = ServiceLoader.load(AgentProvider.class, new URLClassLoader(urls,
                    parent == null ? AgentRegistry.class.getClassLoader() : parent));
        }
        try {
            for (AgentProvider p : loader) {
                map.putIfAbsent(p.name(), p);
            }
        } catch (ServiceConfigurationError | LinkageError e) {
            throw new IllegalArgumentException("cannot load the agents of " + (jars.isEmpty() ? "the class path" : jars)
                    + ": " + e.getMessage(), e);
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
