package org.detente.rehearsal;

/** Accepts the standing offer. */
public record Accept() implements Action {
    /** The one instance agents may share (records of no fields are all equal). */
    public static final Accept INSTANCE = new Accept();
}
