package org.detente.brief.doc;

import java.util.ArrayList;
import java.util.List;

/**
 * A brief as a document: a title, a subtitle and sections of blocks.
 *
 * @param title    the title
 * @param subtitle one line under it
 * @param sections the sections, in order
 */
public record Document(String title, String subtitle, List<Section> sections) {
    /** Copies the list. */
    public Document {
        sections = List.copyOf(sections);
    }

    /**
     * One section.
     *
     * @param id     a fragment identifier (letters and dashes)
     * @param title  its heading
     * @param blocks its content
     */
    public record Section(String id, String title, List<Block> blocks) {
        /** Copies the list. */
        public Section {
            blocks = List.copyOf(blocks);
        }
    }

    /** Every figure of the document, in order. */
    public List<Block.Figure> figures() {
        List<Block.Figure> out = new ArrayList<>();
        for (Section s : sections) {
            for (Block b : s.blocks()) {
                if (b instanceof Block.Figure f) {
                    out.add(f);
                }
            }
        }
        return out;
    }
}
