/**
 * The built-in agents ({@link org.detente.rehearsal.agents.BuiltInAgents}: by name, and the standard
 * registry that adds every agent found through {@link java.util.ServiceLoader}) and the bidding
 * strategies they are made of. Strategies that no caller builds alone are package-private.
 */
package org.detente.rehearsal.agents;
