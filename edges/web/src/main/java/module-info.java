/**
 * The web edge: {@code WebServer} and its {@code WebOptions}. The handlers and pages are
 * package-private; the store ({@code .store}) is exported only to the command line, which opens it.
 */
// "module": web.store names org.detente.cli, which is compiled later; "requires-automatic": JDBI
// and the PostgreSQL driver have no module descriptor. Flyway has not even a declared module name:
// it is read from the class path (the compiler's --add-reads org.detente.web=ALL-UNNAMED, edges/web/pom.xml),
// as everything is at run time.
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
    requires org.jdbi.v3.core;
    requires org.postgresql.jdbc;
    requires org.xerial.sqlitejdbc;
    requires org.slf4j;
    requires java.sql;

    exports org.detente.web;
    exports org.detente.web.store to org.detente.cli;
}
