package org.detente.brief;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.detente.brief.doc.Block;
import org.detente.brief.doc.Document;
import org.detente.brief.doc.Html;
import org.detente.brief.doc.Markdown;
import org.detente.formats.support.AtomicFiles;

/**
 * Writes a brief's document, in the format its file name says.
 *
 * <ul>
 * <li>{@code .html} / {@code .htm}: one self-contained page, the charts inline as SVG.</li>
 * <li>{@code .md} / {@code .markdown}: Markdown, each chart an SVG file beside it named after the
 *     Markdown file and the chart ({@code brief.md} → {@code brief-frontier.svg}, …), linked relatively.</li>
 * </ul>
 * Everything is rendered in memory first, then each file is written atomically (a temporary file
 * moved into place); if a write fails, the files this call already wrote are removed again, so no
 * partial brief is left behind.
 */
public final class BriefFiles {
    private BriefFiles() {
    }

    /** Whether {@code file}'s name ends in an extension a brief can be written as. */
    public static boolean supported(Path file) {
        return format(file) != null;
    }

    private static String format(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".html") || n.endsWith(".htm")) {
            return "html";
        }
        return n.endsWith(".md") || n.endsWith(".markdown") ? "md" : null;
    }

    /**
     * Writes the document.
     *
     * @param d    the document
     * @param file where to write it ({@code .html}, {@code .htm}, {@code .md} or {@code .markdown})
     * @return the files written, the brief last
     * @throws IllegalArgumentException if the extension is none of those
     * @throws IOException              if a file cannot be written (then none is left half written)
     */
    public static List<Path> write(Document d, Path file) throws IOException {
        String f = format(file);
        if (f == null) {
            throw new IllegalArgumentException("write the brief to a .html or a .md file, not '" + file.getFileName() + "'");
        }
        Map<Path, String> files = new LinkedHashMap<>();
        if (f.equals("html")) {
            files.put(file, Html.render(d));
        } else {
            String base = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            Map<Block.Figure, String> links = new LinkedHashMap<>();
            for (Block.Figure fig : d.figures()) {
                String name = base + "-" + fig.name() + ".svg";
                links.put(fig, name);
                files.put(file.resolveSibling(name), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + fig.svg() + "\n");
            }
            files.put(file, Markdown.render(d, links::get));
        }
        List<Path> written = new ArrayList<>();
        try {
            for (Map.Entry<Path, String> e : files.entrySet()) {
                boolean existed = Files.exists(e.getKey());
                AtomicFiles.writeString(e.getKey(), e.getValue());
                if (!existed) {
                    written.add(e.getKey());
                }
            }
        } catch (IOException e) {
            for (Path p : written) {
                Files.deleteIfExists(p);
            }
            throw e;
        }
        return List.copyOf(files.keySet());
    }
}
