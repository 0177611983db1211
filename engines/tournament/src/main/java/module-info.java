/** Tournaments: the plan, the typed session record, the resumable result store, the engine interface. */
module org.detente.tournament {
    requires transitive org.detente.rehearsal;
    requires transitive tools.jackson.databind;

    exports org.detente.tournament;
}
