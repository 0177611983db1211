/**
 * What every reader of input shares: {@link org.detente.formats.InputException} (a problem named by
 * file, line, column and field) and {@link org.detente.formats.InputLimits} (the stated limits on
 * what is read, and the one place input files are read).
 *
 * <p>The API of the formats module: this package; {@link org.detente.formats.any} (a case from its
 * files whatever their format, and export to other tools' formats); the formats themselves,
 * {@link org.detente.formats.casefile} (Détente case and record files),
 * {@link org.detente.formats.genius} (GENIUS XML), {@link org.detente.formats.geniusweb} (GeniusWeb
 * JSON) and {@link org.detente.formats.gmcr} (conflict files), each behind one façade with the rest
 * package-private. {@link org.detente.formats.support} is the readers' shared machinery, public for
 * the format packages, the brief's files and the command line's tournament file, not an API of its
 * own.
 *
 * <p>The packages depend on each other one way: {@code support} on this package; each format on
 * this package and {@code support}; {@code any} on the formats (a test checks that there is no
 * package cycle).
 */
package org.detente.formats;
