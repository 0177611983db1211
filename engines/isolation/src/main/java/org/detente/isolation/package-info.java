/**
 * Agents in child processes. The API: {@link org.detente.isolation.Isolation} (a registry whose
 * agents play out of process, for one run), what a child runs ({@link org.detente.isolation.Launch})
 * and under which {@link org.detente.isolation.Limits}. {@link org.detente.isolation.AgentHost} is
 * public as the main class the Java agents' processes start by name. The agent protocol's messages,
 * their encoding and their JSON lines, the process pool and the remote agent are package-private.
 */
package org.detente.isolation;
