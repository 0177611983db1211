package org.detente.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The workbench's HTML pages, with their shared head written once: a page under {@code public/}
 * puts the line {@value #HEAD} in its {@code <head>}, and the server answers the page with the
 * shared head ({@code head.html} beside this class: the character set, the icon, the style sheet)
 * in its place. The navigation is written once too, by {@code header()} in {@code public/common.js}.
 * A page without the line is answered as it is.
 */
final class Pages {
    /** The line a page's head holds where the shared head goes. */
    static final String HEAD = "<!-- detente:head -->";
    private static final String DIR = "public/";

    /** The shared head: the lines that take the place of {@link #HEAD}. */
    static final String SHARED_HEAD = resource("head.html")
            .orElseThrow(() -> new IllegalStateException("head.html is missing")).stripTrailing();

    private final Map<String, Optional<String>> pages = new ConcurrentHashMap<>();

    void register(RoutesConfig r) {
        r.get("/", ctx -> answer(ctx, "index"));
        r.get("/{page}.html", ctx -> answer(ctx, ctx.pathParam("page")));
    }

    private void answer(Context ctx, String name) {
        Optional<String> page = name.matches("[a-z0-9-]+") ? page(name) : Optional.empty();
        if (page.isEmpty()) {
            throw ApiException.notFound("no such endpoint: " + ctx.method() + " " + ctx.path());
        }
        ctx.contentType("text/html; charset=utf-8").result(page.get());
    }

    /** The page {@code public/NAME.html} with the shared head in place, or empty if there is none. */
    Optional<String> page(String name) {
        return pages.computeIfAbsent(name, n -> resource(DIR + n + ".html").map(Pages::render));
    }

    /** A page's text with the shared head in place of {@link #HEAD}. */
    static String render(String page) {
        return page.replace(HEAD, SHARED_HEAD);
    }

    private static Optional<String> resource(String path) {
        try (InputStream in = Pages.class.getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
