package org.detente.brief.doc;

import java.util.List;

/**
 * A piece of a brief's document, rendered as HTML or Markdown. Every string is plain text: the
 * renderers escape it.
 */
public sealed interface Block permits Block.Subheading, Block.Paragraph, Block.Facts, Block.Table, Block.Figure,
        Block.Pairs, Block.Note {

    /** A heading below the section's. */
    record Subheading(String text) implements Block {
    }

    /** A paragraph of plain text. */
    record Paragraph(String text) implements Block {
    }

    /**
     * Labelled facts ("BATNA: 0.45").
     *
     * @param facts label, value pairs in order
     */
    record Facts(List<Fact> facts) implements Block {
        /** Copies the list. */
        public Facts {
            facts = List.copyOf(facts);
        }
    }

    /** One labelled fact. */
    record Fact(String label, String value) {
    }

    /**
     * A table; numeric columns are right-aligned.
     *
     * @param headers one per column
     * @param rows    each as many cells as headers
     */
    record Table(List<String> headers, List<List<String>> rows) implements Block {
        /** @throws IllegalArgumentException if a row has the wrong number of cells */
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<String> r : rows) {
                if (r.size() != headers.size()) {
                    throw new IllegalArgumentException("row of " + r.size() + " cells in a table of " + headers.size());
                }
            }
        }

        /** Whether every cell of column {@code c} looks like a number. */
        public boolean numeric(int c) {
            return !rows.isEmpty() && rows.stream().allMatch(r -> r.get(c).matches("[-+0-9.,%∞— ]*"));
        }
    }

    /**
     * A chart.
     *
     * @param name    a short file-friendly name ("frontier")
     * @param title   its title
     * @param svg     the chart as a standalone SVG document's root element
     * @param caption what it shows and how to read it
     */
    record Figure(String name, String title, String svg, String caption) implements Block {
    }

    /**
     * Statements made side by side: an acknowledgement and the disagreement stated beside it.
     *
     * @param left      the heading of the left column
     * @param right     the heading of the right column
     * @param pairs     the pairs
     */
    record Pairs(String left, String right, List<Pair> pairs) implements Block {
        /** Copies the list. */
        public Pairs {
            pairs = List.copyOf(pairs);
        }
    }

    /**
     * One pair.
     *
     * @param title what it is (the gesture's name, who gives it)
     * @param left  the acknowledgement
     * @param right the disagreement stated beside it
     */
    record Pair(String title, String left, String right) {
    }

    /** A caution set apart from the text (assumptions, approximations, missing parts). */
    record Note(String text) implements Block {
    }
}
