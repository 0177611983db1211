/**
 * Status quo analysis: the states a conflict can reach from a given state, and shortest paths of
 * unilateral and of coalition improvements to each equilibrium.
 */
package org.detente.conflict.statusquo;
