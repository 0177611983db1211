/**
 * The web edge: {@code WebServer} and its {@code WebOptions}. The handlers and pages are
 * package-private; the store ({@code .store}) is exported only to the command line, which opens it.
 */
// "module": web.store names org.detente.cli, which is compiled later; "requires-automatic": Flyway,
// JDBI and the PostgreSQL driver have no module descriptor (flyway.core not even a declared name)
@SuppressWarnings({"module", "requires-automatic"})
module org.detente.web {
    requires org.detente.core;
    requires org.detente.conflict;
    requires org.detente.formats;
    requires transitive org.detente.rehearsal;
    requires org.detente.tournament;
    requires org.detente.report;
    requires org.detente.brief;
    requires io.javalin;
    requires tools.jackson.databind;
    requires com.fasterxml.jackson.annotation;
    requires flyway.core;
    requires org.jdbi.v3.core;
    requires org.postgresql.jdbc;
    requires org.xerial.sqlitejdbc;
    requires org.slf4j;
    requires java.sql;

    exports org.detente.web;
    exports org.detente.web.store to org.detente.cli;
}
