package org.detente.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.detente.brief.doc.Block;
import org.detente.brief.doc.Document;
import org.detente.brief.sections.BriefDocument;
import org.detente.formats.casefile.CaseFiles;
import org.detente.model.NegotiationCase;
import org.detente.testing.Repository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The brief of the US–Russia example: sections, charts, self-containment, reproducibility. */
@Tag("slow")
class BriefTest {
    static NegotiationCase c;
    static Brief brief;

    static BriefOptions small(long seed) {
        return BriefOptions.defaults().with(2000, 6, 150, seed).withRepetitions(1);
    }

    @BeforeAll
    static void compute() throws Exception {
        c = CaseFiles.read(Repository.path("examples/arms-control.yaml"));
        brief = Brief.prepare(c, "United States", "Russia", small(1), BriefListener.NONE);
    }

    /** Parses an SVG element as XML: it must be well formed, with an svg root. */
    static void wellFormedSvg(String svg) throws Exception {
        var f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        var doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
    }

    @Test
    void theHtmlBriefHasEverySectionAndItsChartsInline(@TempDir Path dir) throws Exception {
        Document d = BriefDocument.of(brief);
        assertThat(d.sections()).extracting(Document.Section::title).containsExactlyElementsOf(BriefDocument.SECTIONS);
        assertThat(d.figures()).extracting(Block.Figure::name)
                .contains("frontier", "robustness", "concessions-plan", "concessions-strategist", "outcomes");
        for (Block.Figure f : d.figures()) {
            wellFormedSvg(f.svg());
        }
        Path html = dir.resolve("brief.html");
        assertThat(BriefFiles.write(d, html)).containsExactly(html);
        String text = Files.readString(html);
        assertThat(text).startsWith("<!DOCTYPE html>").contains("<style>", "<svg", "Zoom out", "Zoom in", "Moves",
                "Plan", "Risks", "Concession ladder", "We acknowledge", "We do not accept that defences",
                "US Senate", "Strategist against Improviser", "Bottom line", "Open with", "Aim for", "Last offer",
                "No agreement", "Best moves", "Rehearsed", "What we can offer", "What to ask of them");
        // the bottom line is the first section, before the zoomed-out analysis
        assertThat(text.indexOf("<h2>Bottom line</h2>")).isLessThan(text.indexOf("<h2>Zoom out</h2>"));
        assertThat(text).doesNotContain("<script", "<link", "src=\"http", "href=\"http", "url(http", "@import");
        assertThat(Files.list(dir)).containsExactly(html);
    }

    @Test
    void aDealAcrossARedLineIsSaidToBeNoPossibleAgreement() {
        var deals = new java.util.ArrayList<>(c.deals());
        var labels = new java.util.LinkedHashMap<>(c.domain().labels(c.deals().get(0).outcome()));
        labels.put("inspections", "4");
        deals.add(new org.detente.model.Deal("four inspections", "", c.domain().outcome(labels)));
        NegotiationCase crossing = new NegotiationCase(c.name(), c.description(), c.domain(), c.parties(), deals,
                c.preparation());
        Brief b = Brief.prepare(crossing, "United States", "Russia", small(1), BriefListener.NONE);
        String html = org.detente.brief.doc.Html.render(BriefDocument.of(b));
        assertThat(html).contains("Not a possible agreement: it crosses United States&#39;s red line (inspections"
                + " within [8, 18])");
    }

    @Test
    void theMarkdownBriefLinksItsChartsWrittenBesideIt(@TempDir Path dir) throws Exception {
        Document d = BriefDocument.of(brief);
        Path md = dir.resolve("brief.md");
        List<Path> written = BriefFiles.write(d, md);
        assertThat(written).last().isEqualTo(md);
        assertThat(written).hasSize(d.figures().size() + 1);
        String text = Files.readString(md);
        for (String s : BriefDocument.SECTIONS) {
            assertThat(text).contains("## " + s);
        }
        for (Block.Figure f : d.figures()) {
            Path svg = dir.resolve("brief-" + f.name() + ".svg");
            assertThat(text).contains("](brief-" + f.name() + ".svg)");
            wellFormedSvg(Files.readString(svg));
        }
    }

    @Test
    void sameSeedSameBriefWhateverTheThreads() throws Exception {
        Brief again = Brief.prepare(c, "United States", "Russia", small(1).withThreads(1), BriefListener.NONE);
        assertThat(org.detente.brief.doc.Html.render(BriefDocument.of(again)))
                .isEqualTo(org.detente.brief.doc.Html.render(BriefDocument.of(brief)));
    }
}
