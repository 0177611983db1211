/**
 * Tracking a counterpart during a negotiation: {@link org.detente.track.Tracker} reads their offers
 * as they come and answers {@link org.detente.track.Tracking} (the belief about them, the advice
 * for the next move). The fitting and the posterior behind it are package-private.
 */
package org.detente.track;
