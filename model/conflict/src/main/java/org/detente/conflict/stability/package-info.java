/**
 * The stability engine: {@link org.detente.conflict.stability.StateSpace} (states as option bit
 * masks, moves and preference levels on primitive arrays), {@link org.detente.conflict.stability.Stability}
 * (Nash, GMR, SMR, SEQ, SIM, SEQ∧SIM, L(h) with exact multi-DM sanctions) and
 * {@link org.detente.conflict.stability.Coalitions}. The kernels behind them are package-private.
 */
package org.detente.conflict.stability;
