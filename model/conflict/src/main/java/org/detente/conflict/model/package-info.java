/**
 * The graph model of a conflict: options (binary, with a permitted direction), decision makers who
 * control them, preferences (explicit rankings or option prioritisation statements), and patterns of
 * infeasible states. Immutable records, validated on construction.
 */
package org.detente.conflict.model;
