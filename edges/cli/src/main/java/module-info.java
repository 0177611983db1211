/** The command line: an application, it exports nothing. */
module org.detente.cli {
    requires org.detente.core;
    requires org.detente.conflict;
    requires org.detente.formats;
    requires org.detente.rehearsal;
    requires org.detente.tournament;
    requires org.detente.isolation;
    requires org.detente.brief;
    requires org.detente.report;
    requires org.detente.web;
    requires info.picocli;
    requires tools.jackson.databind;
    requires java.management;

    uses org.detente.tournament.TournamentEngine;
}
