/**
 * Conflict files: GMCR+ save files (the JSON of gmcr-py) and Détente's conflict YAML, read with
 * located errors and written atomically; entry point {@link org.detente.formats.gmcr.GmcrFiles}.
 */
package org.detente.formats.gmcr;
