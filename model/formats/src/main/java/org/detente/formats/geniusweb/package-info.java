/**
 * GeniusWeb JSON import and export: {@link org.detente.formats.geniusweb.GeniusWebJson} is the
 * façade; everything else here is package-private.
 */
package org.detente.formats.geniusweb;
