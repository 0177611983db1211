package org.detente.report;

import java.io.Writer;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** How the reports print a JSON document: pretty-printed, by one writer made once. */
public final class PrettyJson {
    /** Leaves the caller's writer open (it is the command line's standard output). */
    private static final ObjectWriter WRITER = JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build()
            .writerWithDefaultPrettyPrinter();

    private PrettyJson() {
    }

    /** The document as text. */
    public static String text(JsonNode tree) {
        return WRITER.writeValueAsString(tree);
    }

    /** Writes the document to {@code out}, streamed, and leaves {@code out} open. */
    public static void write(Writer out, JsonNode tree) {
        WRITER.writeValue(out, tree);
    }
}
