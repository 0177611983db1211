package org.detente.formats.support;

/** The two text syntaxes the readers accept. */
public enum Syntax {
    /** JSON (RFC 8259); NaN and Infinity are read as numbers so that checks can name their field. */
    JSON,
    /** YAML 1.2, one document. */
    YAML
}
