/**
 * The rehearsal engine: sessions between agents, the built-in agents, mediation and the
 * preparation plan. {@code org.detente.rehearsal.models} (the opponent models the built-in agents
 * learn with) is not exported.
 */
module org.detente.rehearsal {
    requires transitive org.detente.core;
    requires java.management;

    exports org.detente.rehearsal;
    exports org.detente.rehearsal.agents;
    exports org.detente.rehearsal.mediation;
    exports org.detente.rehearsal.plan;

    uses org.detente.rehearsal.AgentProvider;
}
