/**
 * The BOA parts the built-in agents are composed of (GENIUS's split of an agent into a bidding
 * strategy, an acceptance strategy and an opponent model): {@link org.detente.rehearsal.boa.BoaAgent}
 * and its three parts, and {@link org.detente.rehearsal.boa.TheirOffers}, what an agent has seen of the
 * other parties' offers. Inside the rehearsal module only (not exported by its module descriptor): the
 * built-in agents ({@code agents}) and the opponent models ({@code models}) use it, and the
 * benchmarks, which run on the class path. It depends on {@code org.detente.rehearsal} alone.
 */
package org.detente.rehearsal.boa;
