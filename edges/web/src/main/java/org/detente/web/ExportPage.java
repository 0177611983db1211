package org.detente.web;

import java.util.List;

import org.detente.brief.doc.Html;

/**
 * The page an export link answers with when the case cannot be written in the format asked for:
 * a person followed the link, so the answer is a readable page, not a JSON error.
 */
final class ExportPage {
    private ExportPage() {
    }

    /**
     * What the format cannot hold, and a link that exports without it.
     *
     * @param caseName the case
     * @param format   the format's name
     * @param lost     one line per part the format cannot hold
     * @param dropHref the export link that drops them
     */
    static String refused(String caseName, String format, List<String> lost, String dropHref) {
        StringBuilder items = new StringBuilder();
        for (String line : lost) {
            items.append("<li>").append(Html.escape(line)).append("</li>\n");
        }
        return page(caseName, format, "<p>" + Html.escape(format) + " cannot hold these parts of the case:</p>\n<ul>\n"
                + items + "</ul>\n<p><a href=\"" + Html.escape(dropHref) + "\">Export without them</a>"
                + " (they are left out of the files; the case itself keeps them).</p>\n");
    }

    /** A case the format cannot express at all, with the reason. */
    static String failed(String caseName, String format, String reason) {
        return page(caseName, format, "<p>" + Html.escape(format) + " cannot express this case: "
                + Html.escape(reason) + ".</p>\n");
    }

    private static String page(String caseName, String format, String body) {
        return "<!doctype html>\n<html lang=\"en\">\n<head>\n" + Pages.SHARED_HEAD + "\n<title>Export as "
                + Html.escape(format) + "</title>\n</head>\n<body>\n<main>\n"
                + "<h1>" + Html.escape(caseName) + ": export as " + Html.escape(format) + "</h1>\n<section class=\"card\">\n"
                + body + "<p><a href=\"/\">Back to the cases</a></p>\n</section>\n</main>\n</body>\n</html>\n";
    }
}
