package org.detente.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.detente.formats.InputException;
import org.detente.rehearsal.AgentRegistry;
import org.detente.rehearsal.agents.BuiltInAgents;

import picocli.CommandLine.Option;

/** {@code --agent-jar JAR} (repeatable): third-party agents for {@code negotiate}, {@code tournament} and {@code serve}. */
final class AgentJarsMixin {
    @Option(names = "--agent-jar", paramLabel = "JAR",
            description = "A jar of third-party agents (an org.detente.rehearsal.AgentProvider listed in its"
                    + " META-INF/services); repeatable.")
    List<Path> jars = new ArrayList<>();

    /**
     * The built-in agents, those on the class path, and those in {@code --agent-jar} and {@code more}.
     *
     * @throws InputException if a jar is missing or its agents cannot be loaded
     */
    AgentRegistry registry(List<Path> more) throws InputException {
        List<Path> all = all(more);
        for (Path j : all) {
            if (!Files.isRegularFile(j)) {
                throw new InputException(j, 0, 0, "", Files.isDirectory(j) ? "an agent jar is a file, this is a directory"
                        : "no such agent jar");
            }
        }
        try {
            return BuiltInAgents.registry(all);
        } catch (IllegalArgumentException e) {
            throw new InputException(all.get(0), 0, 0, "", e.getMessage());
        }
    }

    /** The jars of {@code --agent-jar}, then {@code more}. */
    List<Path> all(List<Path> more) {
        List<Path> all = new ArrayList<>(jars);
        all.addAll(more);
        return all;
    }

    /**
     * Checks that every name is a known agent; if one is not, prints one line listing the known
     * ones (prefixed by {@code where}, e.g. the tournament file) and returns false.
     */
    static boolean known(AgentRegistry registry, Collection<String> names, String where, PrintWriter err) {
        for (String a : names) {
            if (!registry.contains(a)) {
                err.println("detente: " + where + "unknown agent '" + a + "'; known agents: "
                        + String.join(", ", registry.names()) + " (third-party agents: --agent-jar JAR)");
                err.flush();
                return false;
            }
        }
        return true;
    }
}
