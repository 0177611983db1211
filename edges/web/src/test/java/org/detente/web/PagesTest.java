package org.detente.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every page is served with the one shared head; no page writes its own. */
class PagesTest extends OnServer {
    private static final Path PUBLIC = Path.of("src/main/resources/org/detente/web/public");

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.list(PUBLIC)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void everyPageTakesTheSharedHead() throws IOException {
        assertThat(pages()).hasSizeGreaterThanOrEqualTo(8);
        for (Path page : pages()) {
            String text = Files.readString(page);
            assertThat(text).as(page + ": put " + Pages.HEAD + " in its <head>, in place of the shared lines")
                    .containsOnlyOnce(Pages.HEAD).doesNotContain("<meta charset").doesNotContain("href=\"/style.css\"");
        }
    }

    @Test
    void pagesAreServedWithTheSharedHeadInPlace() throws IOException {
        for (Path page : pages()) {
            String name = page.getFileName().toString();
            TestServer.Answer a = s.get("/" + name);
            assertThat(a.status()).as(name).isEqualTo(200);
            assertThat(a.type()).startsWith("text/html");
            assertThat(a.body()).as(name).contains(Pages.SHARED_HEAD).doesNotContain(Pages.HEAD)
                    .startsWith("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        }
        assertThat(s.get("/").body()).isEqualTo(s.get("/index.html").body()).contains("<title>Détente workbench</title>");
        assertThat(Pages.SHARED_HEAD).contains("<link rel=\"stylesheet\" href=\"/style.css\">");
    }

    @Test
    void anUnknownPageIsA404() {
        TestServer.Answer a = s.get("/nowhere.html");
        assertThat(a.status()).isEqualTo(404);
        assertThat(a.json().get("error").asString()).isEqualTo("no such endpoint: GET /nowhere.html");
        assertThat(s.get("/style.css").status()).isEqualTo(200);
    }

    @Test
    void aPageWithoutTheLineIsServedAsItIs() {
        String page = "<!doctype html>\n<html><head><title>x</title></head></html>\n";
        assertThat(Pages.render(page)).isEqualTo(page);
        assertThat(Pages.render("<head>\n" + Pages.HEAD + "\n<title>x</title>")).isEqualTo("<head>\n"
                + Pages.SHARED_HEAD + "\n<title>x</title>");
    }
}
