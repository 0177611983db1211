/**
 * Agents in another process: {@code Isolation} wraps an agent factory so that each agent runs in a
 * child process ({@code AgentHost}, started by class name) speaking a JSON-lines protocol.
 */
module org.detente.isolation {
    requires transitive org.detente.rehearsal;
    requires tools.jackson.databind;
    requires com.fasterxml.jackson.annotation;
    requires org.slf4j;

    exports org.detente.isolation;
}
