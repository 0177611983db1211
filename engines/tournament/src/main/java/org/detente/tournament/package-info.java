/**
 * Tournaments of rehearsal sessions: the typed {@link org.detente.tournament.SessionRecord} with its
 * formats derived from {@link org.detente.tournament.RecordKey} (JSON lines, CSV, a cluster table's
 * columns), the resumable {@link org.detente.tournament.ResultStore}, the per-agent
 * {@link org.detente.tournament.Totals}, and the {@link org.detente.tournament.TournamentEngine}
 * that runs sessions elsewhere. The command line, the web workbench and the Spark engine all call it.
 */
package org.detente.tournament;
