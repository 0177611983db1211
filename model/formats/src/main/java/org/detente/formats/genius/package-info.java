/**
 * GENIUS XML import and export: {@link org.detente.formats.genius.GeniusXml} is the façade,
 * {@link org.detente.formats.genius.GeniusOptions} how real issues are discretised. Everything
 * else here is package-private.
 */
package org.detente.formats.genius;
