package org.detente.conflict.model;

/** Which way an option may be changed by its decision maker. */
public enum Direction {
    /** N→Y and Y→N (GMCR+ {@code "both"}). */
    BOTH,
    /** Only N→Y: once taken, the option cannot be withdrawn (GMCR+ {@code "fwd"}). */
    FORWARD,
    /** Only Y→N: once dropped, the option cannot be taken again (GMCR+ {@code "back"}). */
    BACKWARD
}
