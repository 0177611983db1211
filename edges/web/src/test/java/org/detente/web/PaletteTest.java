package org.detente.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.detente.brief.charts.Palette;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The web's charts use the brief's palette: one colour, one marker and one label per meaning, on both sides. */
class PaletteTest {
    @Test
    void theWebPaletteIsTheBriefs() throws IOException {
        String js;
        try (InputStream in = WebServer.class.getResourceAsStream("public/palette.js")) {
            js = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String table = js.substring(js.indexOf("/* palette */") + "/* palette */".length(), js.indexOf("/* end */"));
        JsonNode web = Requests.parse(table);
        List<String> keys = new ArrayList<>();
        web.propertyNames().forEach(keys::add);
        assertThat(keys).containsExactly(java.util.Arrays.stream(Palette.values()).map(Palette::key).toArray(String[]::new));
        for (Palette p : Palette.values()) {
            JsonNode w = web.get(p.key());
            assertThat(w.get("label").asString()).as(p.key()).isEqualTo(p.label());
            assertThat(w.get("color").asString()).as(p.key()).isEqualTo(p.hex());
            assertThat(w.get("marker").asString()).as(p.key()).isEqualTo(p.marker().key());
        }
    }

    @Test
    void theChartLibraryAndTheIconAreServedFromTheJar() throws Exception {
        try (TestServer s = new TestServer()) {
            TestServer.Answer lib = s.get("/vendor/echarts.min.js");
            assertThat(lib.status()).isEqualTo(200);
            assertThat(lib.body()).contains("echarts");
            assertThat(s.get("/favicon.svg").status()).isEqualTo(200);
            assertThat(RequestGuard.openToAll("/vendor/echarts.min.js")).isTrue();
            assertThat(RequestGuard.openToAll("/palette.js")).isTrue();
        }
    }
}
