package org.detente.brief.doc;

import java.util.List;

/**
 * Renders a {@link Document} as one self-contained HTML page: the style inline, every chart an
 * inline SVG element, no script and nothing fetched from anywhere, so it opens offline and prints.
 */
public final class Html {
    private static final String STYLE = """
            :root { --ink: #1d2733; --muted: #5b6877; --rule: #d6dde5; --accent: #1f5f99; --warn: #fff6e0; }
            * { box-sizing: border-box; }
            body { font: 15px/1.5 "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: var(--ink);
                   max-width: 1060px; margin: 0 auto; padding: 24px 28px 60px; background: #fff; }
            header { border-bottom: 3px solid var(--accent); margin-bottom: 8px; }
            h1 { font-size: 26px; margin: 0 0 4px; }
            .subtitle { color: var(--muted); margin: 0 0 12px; }
            nav { font-size: 14px; margin: 10px 0 18px; }
            nav a { color: var(--accent); margin-right: 14px; text-decoration: none; }
            h2 { font-size: 21px; border-bottom: 1px solid var(--rule); padding-bottom: 4px; margin-top: 34px; color: var(--accent); }
            h3 { font-size: 16px; margin: 22px 0 6px; }
            table { border-collapse: collapse; margin: 8px 0 14px; font-size: 13px; width: 100%; }
            th, td { border-bottom: 1px solid var(--rule); padding: 4px 8px; text-align: left; vertical-align: top; }
            th { background: #f3f6f9; font-weight: 600; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            dl { display: grid; grid-template-columns: max-content 1fr; gap: 3px 16px; margin: 8px 0 14px; }
            dt { font-weight: 600; color: var(--muted); }
            dd { margin: 0; }
            figure { margin: 14px 0 22px; border: 1px solid var(--rule); border-radius: 6px; padding: 10px; }
            figure svg { width: 100%; height: auto; display: block; }
            figcaption { font-size: 13px; color: var(--muted); margin-top: 6px; }
            .note { background: var(--warn); border-left: 4px solid #e0a800; padding: 8px 12px; margin: 10px 0; font-size: 14px; }
            .pairs { display: grid; grid-template-columns: 1fr 1fr; gap: 0; margin: 8px 0 14px; border: 1px solid var(--rule); border-radius: 6px; overflow: hidden; }
            .pairs > div { padding: 8px 12px; border-top: 1px solid var(--rule); }
            .pairs .head { background: #f3f6f9; font-weight: 600; border-top: none; }
            .pairs .title { grid-column: 1 / span 2; background: #fafbfc; font-weight: 600; font-size: 13px; color: var(--muted); }
            .pairs .ack { border-right: 1px solid var(--rule); }
            @media print { nav { display: none; } figure, table, .pairs { break-inside: avoid; } }
            """;

    private Html() {
    }

    /** The page. */
    public static String render(Document d) {
        var sb = new StringBuilder(64 * 1024);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(d.title())).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n<header>\n<h1>").append(escape(d.title())).append("</h1>\n")
                .append("<p class=\"subtitle\">").append(escape(d.subtitle())).append("</p>\n</header>\n<nav>");
        for (Document.Section s : d.sections()) {
            sb.append("<a href=\"#").append(escape(s.id())).append("\">").append(escape(s.title())).append("</a>");
        }
        sb.append("</nav>\n");
        for (Document.Section s : d.sections()) {
            sb.append("<section id=\"").append(escape(s.id())).append("\">\n<h2>").append(escape(s.title()))
                    .append("</h2>\n");
            for (Block b : s.blocks()) {
                block(sb, b);
            }
            sb.append("</section>\n");
        }
        return sb.append("</body>\n</html>\n").toString();
    }

    private static void block(StringBuilder sb, Block b) {
        if (b instanceof Block.Subheading h) {
            sb.append("<h3>").append(escape(h.text())).append("</h3>\n");
        } else if (b instanceof Block.Paragraph p) {
            sb.append("<p>").append(escape(p.text())).append("</p>\n");
        } else if (b instanceof Block.Note n) {
            sb.append("<div class=\"note\">").append(escape(n.text())).append("</div>\n");
        } else if (b instanceof Block.Facts f) {
            sb.append("<dl>\n");
            for (Block.Fact x : f.facts()) {
                sb.append("<dt>").append(escape(x.label())).append("</dt><dd>").append(escape(x.value()))
                        .append("</dd>\n");
            }
            sb.append("</dl>\n");
        } else if (b instanceof Block.Table t) {
            table(sb, t);
        } else if (b instanceof Block.Figure f) {
            sb.append("<figure id=\"figure-").append(escape(f.name())).append("\">\n<h3>")
                    .append(escape(f.title())).append("</h3>\n").append(f.svg()).append("\n<figcaption>")
                    .append(escape(f.caption())).append("</figcaption>\n</figure>\n");
        } else if (b instanceof Block.Pairs p) {
            sb.append("<div class=\"pairs\"><div class=\"head\">").append(escape(p.left()))
                    .append("</div><div class=\"head\">").append(escape(p.right())).append("</div>\n");
            for (Block.Pair x : p.pairs()) {
                sb.append("<div class=\"title\">").append(escape(x.title())).append("</div><div class=\"ack\">")
                        .append(escape(x.left())).append("</div><div>").append(escape(x.right()))
                        .append("</div>\n");
            }
            sb.append("</div>\n");
        } else {
            throw new AssertionError(b);
        }
    }

    private static void table(StringBuilder sb, Block.Table t) {
        List<String> h = t.headers();
        boolean[] num = new boolean[h.size()];
        sb.append("<table>\n<thead><tr>");
        for (int c = 0; c < h.size(); c++) {
            num[c] = t.numeric(c);
            sb.append(num[c] ? "<th class=\"num\">" : "<th>").append(escape(h.get(c))).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (List<String> r : t.rows()) {
            sb.append("<tr>");
            for (int c = 0; c < r.size(); c++) {
                sb.append(num[c] ? "<td class=\"num\">" : "<td>").append(escape(r.get(c))).append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
    }

    /** Escapes text for HTML element content and double-quoted attribute values. */
    public static String escape(String s) {
        var sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }
}
