package org.detente.rehearsal;

/** Walks away: the session ends without agreement and every party gets its reservation value. */
public record EndNegotiation() implements Action {
    /** The one instance agents may share. */
    public static final EndNegotiation INSTANCE = new EndNegotiation();
}
