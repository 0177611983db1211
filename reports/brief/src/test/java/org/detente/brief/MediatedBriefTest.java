package org.detente.brief;

import org.detente.testing.Repository;
import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.detente.brief.doc.Block;
import org.detente.brief.doc.Document;
import org.detente.brief.sections.BriefDocument;
import org.detente.rehearsal.mediation.MediationOutlook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code brief --mediated}: the section for a party that will face a mediator, last, and reproducible. */
@Tag("slow")
class MediatedBriefTest {
    private static Brief brief(long seed) {
        return Brief.prepare(read(), "United States", "Russia",
                BriefTest.small(seed).withMediation(true), BriefListener.NONE);
    }

    private static org.detente.model.NegotiationCase read() {
        try {
            return org.detente.formats.casefile.CaseFiles.read(Repository.path("examples/arms-control.yaml"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theSectionSaysWhatToConfideWhatAVetoCostsAndWhichTextsToExpect(@TempDir Path dir) throws Exception {
        Brief b = brief(1);
        MediationOutlook m = b.mediation().orElseThrow();
        assertThat(m.mediator()).isEqualTo(Brief.MEDIATOR);
        assertThat(m.stances()).hasSize(4).allSatisfy(s -> assertThat(s.agreements()).isBetween(0, s.sessions()));
        assertThat(m.stances().get(0).us()).isEqualTo("truthful");
        assertThat(m.texts()).hasSizeLessThanOrEqualTo(MediationOutlook.TEXTS)
                .allSatisfy(t -> assertThat(t.count()).isPositive());
        Document d = BriefDocument.of(b);
        Document.Section last = d.sections().get(d.sections().size() - 1);
        assertThat(last.title()).isEqualTo("Facing a mediator");
        assertThat(d.sections()).hasSize(BriefDocument.SECTIONS.size() + 1);
        assertThat(last.blocks()).filteredOn(x -> x instanceof Block.Subheading).extracting(x -> ((Block.Subheading) x).text())
                .containsExactly("What to confide", "What a strategic veto costs", "Which texts to expect");
        Path md = dir.resolve("brief.md");
        BriefFiles.write(d, md);
        Path again = dir.resolve("again.md");
        BriefFiles.write(BriefDocument.of(brief(1)), again);
        assertThat(Files.readString(again).replace("again-", "brief-")).isEqualTo(Files.readString(md));
        String text = Files.readString(md);
        assertThat(text).contains("## Facing a mediator", "United States", "strategic");
        System.err.println(text.substring(text.indexOf("## Facing a mediator")));
    }
}
