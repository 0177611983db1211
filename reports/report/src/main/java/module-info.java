/** The JSON and text reports of analyses, conflicts, sessions and tracked talks. */
module org.detente.report {
    requires transitive org.detente.core;
    requires transitive org.detente.conflict;
    requires transitive org.detente.rehearsal;
    requires transitive org.detente.tournament;
    requires transitive tools.jackson.databind;

    exports org.detente.report;
}
