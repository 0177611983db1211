package org.detente.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Every route the server registers is documented in openapi.yaml, and nothing else is. */
class OpenApiTest {
    private static final Pattern ROUTE = Pattern.compile("(?:\\br|routes)\\.(get|post|put|delete)\\(\"(/api/[^\"]*)\"");

    @Test
    void theDocumentNamesExactlyTheRoutes() throws IOException {
        Set<String> registered = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/detente/web"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = ROUTE.matcher(Files.readString(f));
                while (m.find()) {
                    registered.add(m.group(1).toUpperCase(Locale.ROOT) + " " + m.group(2));
                }
            }
        }
        Set<String> documented = new TreeSet<>();
        try (InputStream in = WebServer.class.getResourceAsStream("openapi.yaml")) {
            JsonNode doc = YAMLMapper.builder().build().readTree(in);
            doc.get("paths").properties().forEach(p -> p.getValue().properties().forEach(op -> {
                if (!op.getKey().equals("parameters")) {
                    documented.add(op.getKey().toUpperCase(Locale.ROOT) + " " + p.getKey());
                }
            }));
        }
        assertThat(registered).hasSizeGreaterThan(25);
        assertThat(documented).isEqualTo(registered);
    }
}
