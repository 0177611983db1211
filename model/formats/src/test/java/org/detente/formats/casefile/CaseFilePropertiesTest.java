package org.detente.formats.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.detente.model.NegotiationCase;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Random valid cases survive write → read unchanged, in both syntaxes. */
class CaseFilePropertiesTest {

    @Property(tries = 300)
    void yamlRoundTripIsExact(@ForAll long seed) throws Exception {
        NegotiationCase c = new RandomCases(seed).next();
        String text = CaseFiles.toText(c, Format.YAML);
        assertThat(CaseFiles.read("random.yaml", text, Format.YAML)).as(text).isEqualTo(c);
    }

    @Property(tries = 300)
    void jsonRoundTripIsExact(@ForAll long seed) throws Exception {
        NegotiationCase c = new RandomCases(seed).next();
        String text = CaseFiles.toText(c, Format.JSON);
        assertThat(CaseFiles.read("random.json", text, Format.JSON)).as(text).isEqualTo(c);
    }
}
