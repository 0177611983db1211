/**
 * Conflict analysis in the graph model: the model, the stability concepts and the status quo
 * analysis. Every package is API; the engines are package-private types.
 */
module org.detente.conflict {
    requires transitive org.detente.core;

    exports org.detente.conflict.model;
    exports org.detente.conflict.stability;
    exports org.detente.conflict.statusquo;
}
