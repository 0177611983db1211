/**
 * The negotiation protocol and its sessions: the stacked alternating offers protocol
 * ({@link org.detente.rehearsal.Negotiation}), run for a {@link org.detente.rehearsal.SessionSpec} on
 * a prepared {@link org.detente.rehearsal.Scenario} by {@link org.detente.rehearsal.Sessions} (one)
 * or a {@link org.detente.rehearsal.SessionExecutor} such as
 * {@link org.detente.rehearsal.LocalExecutor} (many, on threads), with its
 * {@link org.detente.rehearsal.SessionResult}; and what an agent is written against:
 * {@link org.detente.rehearsal.Agent}, its {@link org.detente.rehearsal.NegotiationView}, the
 * {@link org.detente.rehearsal.Action}s and, for third-party agents,
 * {@link org.detente.rehearsal.AgentProvider} in an {@link org.detente.rehearsal.AgentRegistry}.
 *
 * <p>The API of the rehearsal module (the packages its module descriptor exports): this package;
 * {@link org.detente.rehearsal.agents} ({@code BuiltInAgents}: the standard registry and the
 * agents' names); {@link org.detente.rehearsal.plan} (rehearsing a prepared plan);
 * {@link org.detente.rehearsal.mediation} (single-text mediation). Not exported: the BOA parts
 * ({@code boa}) and the opponent models ({@code models}). Some types here are public only because
 * the module's other packages use them ({@code ActionTimer}, {@code Timeline}, {@code PartyView},
 * {@code OfferHistory}) or the benchmarks do ({@code Negotiation}); the rest of the engine is
 * package-private.
 *
 * <p>The packages depend on each other one way: this package on none of the others; {@code boa}
 * on this package; {@code models} on those; {@code agents} on this package, {@code boa} and
 * {@code models}; {@code plan} and {@code mediation} on those (a test checks that there is no
 * package cycle).
 */
package org.detente.rehearsal;
