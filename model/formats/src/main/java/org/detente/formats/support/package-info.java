/**
 * The readers' shared machinery: a JSON or YAML tree read with every node's line and column
 * ({@link org.detente.formats.support.TreeReader}, {@link org.detente.formats.support.Node}),
 * problems collected and reported together ({@link org.detente.formats.support.Problems}), and files
 * written whole or not at all ({@link org.detente.formats.support.AtomicFiles}). Public for the
 * format packages, the brief's files and the command line's tournament file; not an API of the
 * formats module.
 */
package org.detente.formats.support;
