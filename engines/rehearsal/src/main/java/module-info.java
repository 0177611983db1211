/**
 * The rehearsal engine: sessions between agents, the built-in agents, mediation and the
 * preparation plan. Not exported: {@code org.detente.rehearsal.boa} (the parts the built-in agents
 * are composed of) and {@code org.detente.rehearsal.models} (the opponent models they learn with);
 * the benchmarks use both from the class path.
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
