/**
 * Single-text mediation: {@link org.detente.rehearsal.mediation.Mediation} runs the protocol between
 * a {@link org.detente.rehearsal.mediation.Mediator} (by name from
 * {@link org.detente.rehearsal.mediation.Mediators}) and the parties'
 * {@link org.detente.rehearsal.mediation.Respondent}s; the built-in mediators' searches are
 * package-private.
 */
package org.detente.rehearsal.mediation;
