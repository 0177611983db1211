/**
 * The file formats. The readers and writers of each format are package-private; each format
 * package exports its entry point ({@code CaseFiles}, {@code GeniusXml}, {@code GeniusWebJson},
 * {@code GmcrFiles}, {@code CaseInputs}). {@code org.detente.formats.support} (the tree reader, its
 * problems and atomic writes) is exported only to the modules that read or write files of their own.
 */
// "module": formats.support names modules compiled later
@SuppressWarnings("module")
module org.detente.formats {
    requires transitive org.detente.core;
    requires transitive org.detente.conflict;
    requires tools.jackson.databind;
    requires org.snakeyaml.engine;
    requires com.networknt.schema;
    requires java.xml;

    exports org.detente.formats;
    exports org.detente.formats.any;
    exports org.detente.formats.casefile;
    exports org.detente.formats.genius;
    exports org.detente.formats.geniusweb;
    exports org.detente.formats.gmcr;
    exports org.detente.formats.support to org.detente.brief, org.detente.cli;
}
