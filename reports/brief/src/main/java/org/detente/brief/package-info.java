/**
 * The preparation brief: {@link org.detente.brief.Brief} prepares it for one side facing another
 * (with {@link org.detente.brief.BriefOptions}, reporting progress to a
 * {@link org.detente.brief.BriefListener}), {@link org.detente.brief.BriefFiles} writes it.
 *
 * <p>The API of the brief module: this package, {@link org.detente.brief.doc} (the document model
 * and its HTML and Markdown renderings), {@code BriefDocument} in {@link org.detente.brief.sections}
 * (the brief as a document; the sections themselves are package-private) and
 * {@link org.detente.brief.charts} (the SVG charts, and the package cloud the workbench draws).
 */
package org.detente.brief;
