package org.detente.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Closing the server stops every part — the server, the work in the background, the store — whatever fails. */
class WebServerCloseTest {
    @Test
    void everyPartIsStoppedAndEveryFailureReported() {
        List<String> closed = new ArrayList<>();
        List<WebServer.Part> parts = List.of(
                new WebServer.Part("the first", () -> closed.add("first")),
                new WebServer.Part("the broken", () -> {
                    throw new IllegalStateException("it broke");
                }),
                new WebServer.Part("the middle", () -> closed.add("middle")),
                new WebServer.Part("the stuck", () -> {
                    throw new IOException("it is stuck");
                }),
                new WebServer.Part("the store", () -> closed.add("store")));
        try (ServerLog log = ServerLog.capture()) {
            assertThatThrownBy(() -> WebServer.closeAll(parts)).isInstanceOf(IllegalStateException.class)
                    .hasMessage("cannot stop the broken (it broke); the stuck (it is stuck)")
                    .hasCauseInstanceOf(IllegalStateException.class)
                    .satisfies(e -> assertThat(e.getSuppressed()).singleElement().isInstanceOf(IOException.class));
            assertThat(log.text()).contains("cannot stop the broken", "it broke", "cannot stop the stuck", "it is stuck");
        }
        assertThat(closed).containsExactly("first", "middle", "store");
    }

    @Test
    void closingStopsServingAndClosesTheStore() throws IOException {
        try (TestServer s = new TestServer()) {
            assertThat(s.get("/api/cases").status()).isEqualTo(200);
            URI cases = s.uri("/api/cases");
            s.server.close();
            assertThatThrownBy(() -> s.send(HttpRequest.newBuilder(cases).GET().build()))
                    .isInstanceOf(UncheckedIOException.class);
            assertThatThrownBy(() -> s.server.store().cases().list()).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("is closed");
            // closing again is harmless
            s.server.close();
        }
    }
}
