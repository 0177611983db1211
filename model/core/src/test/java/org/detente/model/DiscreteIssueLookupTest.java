package org.detente.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;

import org.junit.jupiter.api.Test;

/** A discrete issue's value lookup is a hash lookup that agrees with the list's order. */
class DiscreteIssueLookupTest {
    /** Labels from letters, digits, '-' and '_', none blank (a random property once drew a label Java finds blank). */
    @Property
    void indexOfFindsEveryValueAtItsPlaceAndNothingElse(
            @ForAll @Size(min = 1, max = 60) @UniqueElements List<@AlphaChars @NumericChars @Chars({'-', '_'}) @StringLength(min = 1, max = 12) String> values, @ForAll String other) {
        DiscreteIssue issue = new DiscreteIssue("i", values);
        for (int k = 0; k < values.size(); k++) {
            assertThat(issue.indexOf(values.get(k))).isEqualTo(k);
            assertThat(issue.label(k)).isEqualTo(values.get(k));
        }
        assertThat(issue.indexOf(other)).isEqualTo(values.indexOf(other));
        assertThat(issue.values()).isEqualTo(values).hasSameHashCodeAs(values);
    }

    @Test
    void aHundredThousandValuesAreIndexed() {
        List<String> values = new ArrayList<>();
        for (int k = 0; k < 100_000; k++) {
            values.add("v" + k);
        }
        DiscreteIssue issue = new DiscreteIssue("big", values);
        for (int k = 0; k < values.size(); k++) {
            assertThat(issue.indexOf("v" + k)).isEqualTo(k);
        }
        assertThat(issue.values().contains("v100000")).isFalse();
        assertThat(Set.copyOf(issue.values())).hasSize(100_000);
    }

    @Test
    void repeatsAndBlanksAreRefusedByName() {
        assertThatThrownBy(() -> new DiscreteIssue("i", List.of("a", "b", "a")))
                .hasMessage("issue 'i' has the value 'a' twice");
        assertThatThrownBy(() -> new DiscreteIssue("i", List.of("a", " "))).hasMessageContaining("must not be blank");
        assertThatThrownBy(() -> new DiscreteIssue("i", List.of())).hasMessageContaining("has no values");
    }
}
