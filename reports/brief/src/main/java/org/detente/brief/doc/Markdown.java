package org.detente.brief.doc;

import java.util.List;
import java.util.function.Function;

/**
 * Renders a {@link Document} as Markdown (CommonMark with GitHub's pipe tables). Charts are not
 * inlined: each figure is an image link to {@code link.apply(figure)}, an SVG file the caller
 * writes beside the Markdown file.
 */
public final class Markdown {
    private Markdown() {
    }

    /**
     * The Markdown text.
     *
     * @param d    the document
     * @param link the relative path of each figure's SVG file
     */
    public static String render(Document d, Function<Block.Figure, String> link) {
        var sb = new StringBuilder(32 * 1024);
        sb.append("# ").append(escape(d.title())).append("\n\n").append('*').append(escape(d.subtitle()))
                .append("*\n\n");
        for (Document.Section s : d.sections()) {
            sb.append("- [").append(escape(s.title())).append("](#").append(s.id()).append(")\n");
        }
        sb.append('\n');
        for (Document.Section s : d.sections()) {
            sb.append("<a id=\"").append(s.id()).append("\"></a>\n\n## ").append(escape(s.title())).append("\n\n");
            for (Block b : s.blocks()) {
                block(sb, b, link);
            }
        }
        return sb.toString();
    }

    private static void block(StringBuilder sb, Block b, Function<Block.Figure, String> link) {
        if (b instanceof Block.Subheading h) {
            sb.append("### ").append(escape(h.text())).append("\n\n");
        } else if (b instanceof Block.Paragraph p) {
            sb.append(escape(p.text())).append("\n\n");
        } else if (b instanceof Block.Note n) {
            sb.append("> **Note.** ").append(escape(n.text())).append("\n\n");
        } else if (b instanceof Block.Facts f) {
            for (Block.Fact x : f.facts()) {
                sb.append("- **").append(escape(x.label())).append(":** ").append(escape(x.value())).append('\n');
            }
            sb.append('\n');
        } else if (b instanceof Block.Table t) {
            table(sb, t.headers(), t.rows(), t);
        } else if (b instanceof Block.Figure f) {
            sb.append("### ").append(escape(f.title())).append("\n\n![")
                    .append(escape(f.title())).append("](").append(link.apply(f)).append(")\n\n*")
                    .append(escape(f.caption())).append("*\n\n");
        } else if (b instanceof Block.Pairs p) {
            table(sb, List.of("", p.left(), p.right()),
                    p.pairs().stream().map(x -> List.of(x.title(), x.left(), x.right())).toList(), null);
        } else {
            throw new AssertionError(b);
        }
    }

    private static void table(StringBuilder sb, List<String> headers, List<List<String>> rows, Block.Table t) {
        sb.append('|');
        for (String h : headers) {
            sb.append(' ').append(cell(h)).append(" |");
        }
        sb.append("\n|");
        for (int c = 0; c < headers.size(); c++) {
            sb.append(t != null && t.numeric(c) ? "---:|" : "---|");
        }
        sb.append('\n');
        for (List<String> r : rows) {
            sb.append('|');
            for (String x : r) {
                sb.append(' ').append(cell(x)).append(" |");
            }
            sb.append('\n');
        }
        sb.append('\n');
    }

    private static String cell(String s) {
        return escape(s).replace("|", "\\|").replace("\n", " ");
    }

    /**
     * Escapes text so that Markdown shows it as written: the characters that start markup are
     * backslash-escaped and HTML's are written as entities.
     */
    public static String escape(String s) {
        var sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\', '`', '*', '_', '[', ']', '#', '!', '~' -> sb.append('\\').append(ch);
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }
}
