/**
 * A fair division of a case between two parties: {@link org.detente.fair.CaseDivision} (adjusted
 * winner over the case's issues) and its {@link org.detente.fair.Division}. The procedure itself is
 * package-private.
 */
package org.detente.fair;
