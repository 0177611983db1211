package org.detente.formats.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** The bound keywords' shortcut decides every number as the exact comparison does, and words it the same. */
class ExactBoundsTest {
    private static final String SCHEMA = """
            {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "array", "items": [
              {"type": "number", "minimum": 0, "maximum": 1},
              {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1},
              {"type": "number", "minimum": -3, "maximum": 9007199254740993},
              {"type": "number", "minimum": 0.1, "maximum": 0.9}]}
            """.replace("\"items\": [", "\"prefixItems\": [");
    private static final Schema EXACT = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(SCHEMA);
    private static final Schema SHORTCUT = SchemaRegistry.withDefaultDialect(ExactBounds.dialect()).getSchema(SCHEMA);

    /** Decimals at, just inside and just beyond the bounds, past what a double can tell apart. */
    @Provide
    Arbitrary<BigDecimal> near() {
        Arbitrary<BigDecimal> bounds = Arbitraries.of("0", "1", "-3", "0.1", "0.9", "9007199254740993").map(BigDecimal::new);
        Arbitrary<BigDecimal> offsets = Arbitraries.of("0", "1e-30", "-1e-30", "1e-17", "-1e-17", "1e-3", "-1e-3", "2", "-2")
                .map(BigDecimal::new);
        return net.jqwik.api.Combinators.combine(bounds, offsets).as(BigDecimal::add);
    }

    @Property(tries = 300)
    void theShortcutAgreesWithTheExactComparison(@ForAll("near") BigDecimal a, @ForAll("near") BigDecimal b,
                                                 @ForAll("near") BigDecimal c, @ForAll("near") BigDecimal d) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        JsonNode doc = f.arrayNode().add(f.numberNode(a)).add(f.numberNode(b)).add(f.numberNode(c)).add(f.numberNode(d));
        assertThat(messages(SHORTCUT.validate(doc))).isEqualTo(messages(EXACT.validate(doc)));
    }

    private static List<String> messages(List<Error> errors) {
        return errors.stream().map(e -> e.getInstanceLocation() + " " + e.getKeyword() + " " + e.getMessage()).sorted().toList();
    }
}
