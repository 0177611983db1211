package org.detente.report;

import org.detente.analysis.ValueLeft;

/**
 * A deal examined by {@code analyze}: a named package of the case file, or the {@code --deal}.
 *
 * @param name      the deal's name
 * @param note      its note (may be empty)
 * @param valueLeft what it leaves on the table
 */
public record DealReport(String name, String note, ValueLeft valueLeft) {
}
