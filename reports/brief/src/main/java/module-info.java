/**
 * The negotiation brief: its options and files ({@code org.detente.brief}), the document model and
 * its renderers ({@code .doc}), the sections ({@code .sections}). The charts are exported only to
 * the web edge, which draws two of them on its own pages.
 */
// "module": brief.charts names org.detente.web, which is compiled later; "requires-automatic":
// JFreeChart has no module descriptor
@SuppressWarnings({"module", "requires-automatic"})
module org.detente.brief {
    requires transitive org.detente.core;
    requires transitive org.detente.rehearsal;
    requires org.detente.formats;
    requires org.jfree.jfreechart;
    requires org.jfree.svg;
    requires java.desktop;

    exports org.detente.brief;
    exports org.detente.brief.doc;
    exports org.detente.brief.sections;
    exports org.detente.brief.charts to org.detente.web;
}
