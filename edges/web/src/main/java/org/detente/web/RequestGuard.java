package org.detente.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;

/**
 * The one check every request passes before any route: the workbench treats the browser as a
 * possible attacker (a page from another site the facilitator visits, or a DNS-rebound name).
 *
 * <ol>
 *   <li><b>Size</b>: a body declared longer than {@code --max-request-size} is refused (413) before a
 *       byte of it is read, multipart imports included.</li>
 *   <li><b>Host</b>: the {@code Host} header must name this server — the bound address or name,
 *       {@code localhost}, {@code 127.0.0.1} and {@code [::1]} when bound to loopback, this
 *       machine's addresses and host name when bound to every interface, and any name given with
 *       {@code --allow-host}. Otherwise 421: a rebound DNS name never reads a case.</li>
 *   <li><b>Who</b>: from another machine only the play and mediation pages, their assets,
 *       {@code /api/play/{token}} and {@code /api/mediation/{token}} answer (403 otherwise).</li>
 *   <li><b>Origin</b>: a request that changes something (POST, PUT, PATCH, DELETE) must come from
 *       this server's own pages: its {@code Origin} header, or when a browser sent none its
 *       {@code Referer}, must name the same host and port as {@code Host} (403 otherwise,
 *       {@code Origin: null} included). A request with neither header is not from a browser page —
 *       browsers send {@code Origin} with every such request (Fetch standard) — and is accepted,
 *       so scripts and {@code curl} keep working.</li>
 *   <li><b>Content type</b>: a request body must be declared as what the endpoint reads —
 *       {@code application/json}; a case or conflict as JSON or YAML ({@code application/yaml});
 *       an import as {@code multipart/form-data} (415 otherwise). The types a page from another
 *       site may send without asking ({@code text/plain}, forms) are never read as JSON.</li>
 * </ol>
 */
final class RequestGuard {
    private static final Set<String> JSON = Set.of("application/json");
    private static final Set<String> CASE_TEXT = Set.of("application/json", "application/yaml", "application/x-yaml",
            "text/yaml", "text/x-yaml");
    private static final Set<String> MULTIPART = Set.of("multipart/form-data");
    private static final List<String> LOOPBACK_NAMES = List.of("localhost", "127.0.0.1", "[::1]");

    private final Set<String> hosts;
    private final long maxRequestBytes;

    private RequestGuard(Set<String> hosts, long maxRequestBytes) {
        this.hosts = hosts;
        this.maxRequestBytes = maxRequestBytes;
    }

    /**
     * The guard for a server bound to {@code bound}.
     *
     * @param bound the address or name the server listens on
     * @param extra further names it answers to ({@code --allow-host})
     * @param maxRequestBytes the largest body accepted, by its declared length (any body: JSON, YAML, multipart)
     */
    static RequestGuard forHost(String bound, List<String> extra, long maxRequestBytes) {
        Set<String> names = new TreeSet<>();
        names.add(hostName(bound));
        for (String e : extra) {
            names.add(hostName(e));
        }
        InetAddress address = resolve(bound);
        if (address == null || address.isLoopbackAddress() || address.isAnyLocalAddress()) {
            names.addAll(LOOPBACK_NAMES);
        }
        if (address != null && address.isAnyLocalAddress()) {
            names.addAll(machineNames());
        }
        return new RequestGuard(Collections.unmodifiableSet(names), maxRequestBytes);
    }

    /** Whether an address is loopback (a warning is due otherwise). */
    static boolean loopback(String bound) {
        InetAddress address = resolve(bound);
        return address != null && address.isLoopbackAddress();
    }

    /** The host names accepted in the {@code Host} header, for messages. */
    Set<String> hosts() {
        return hosts;
    }

    void check(Context ctx) throws UnknownHostException {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        String host = ctx.header("Host");
        if (host == null || !hosts.contains(hostName(host))) {
            throw new ApiException(421, "Host", "this server answers to " + String.join(", ", hosts) + ", not to the name '"
                    + (host == null ? "" : host) + "' (detente serve --allow-host NAME adds one)");
        }
        if (!InetAddress.getByName(ctx.ip()).isLoopbackAddress() && !openToAll(ctx.path())) {
            throw new ApiException(403, "", "from another machine only the play and mediation pages and"
                    + " /api/play/{token}, /api/mediation/{token} answer; use your personal link");
        }
        if (ctx.contentLength() > maxRequestBytes) {
            drain(ctx);
            throw new ApiException(413, "", "the request is too large: " + ctx.contentLength() + " bytes, at most "
                    + maxRequestBytes + " (detente serve --max-request-size)");
        }
        HandlerType method = ctx.method();
        if (method == HandlerType.POST || method == HandlerType.PUT || method == HandlerType.PATCH
                || method == HandlerType.DELETE) {
            sameOrigin(ctx, host);
            if (method != HandlerType.DELETE) {
                declaredType(ctx);
            }
        }
    }

    /**
     * Reads and drops a body up to 16 times the limit, so the client, still sending, receives the
     * 413 rather than a reset connection; a larger one is not read at all (the connection closes).
     */
    private void drain(Context ctx) {
        if (ctx.contentLength() > 16 * maxRequestBytes) {
            return;
        }
        try (InputStream in = ctx.req().getInputStream()) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            // the client went away: nothing to answer
        }
    }

    private static void sameOrigin(Context ctx, String host) {
        String origin = ctx.header("Origin");
        String header = "Origin";
        if (origin == null) {
            origin = ctx.header("Referer");
            header = "Referer";
        }
        if (origin == null) {
            return;
        }
        if (!host.equalsIgnoreCase(authority(origin))) {
            throw new ApiException(403, header, "a request that changes something must come from this server's own"
                    + " pages, not from '" + origin + "' (the " + header + " header)");
        }
    }

    private static void declaredType(Context ctx) {
        String path = ctx.path();
        boolean caseText = path.equals("/api/cases") || path.equals("/api/validate") || path.equals("/api/conflict")
                || ctx.method() == HandlerType.PUT && path.matches("/api/cases/[^/]+");
        Set<String> accepted = path.startsWith("/api/import/") ? MULTIPART : caseText ? CASE_TEXT : JSON;
        String type = ctx.header("Content-Type");
        boolean body = ctx.contentLength() != 0 || ctx.header("Transfer-Encoding") != null;
        if (type == null && !body) {
            return;
        }
        String media = type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!accepted.contains(media)) {
            throw new ApiException(415, "Content-Type", "this endpoint reads " + String.join(" or ", new TreeSet<>(accepted))
                    + ", not '" + (type == null ? "(none)" : type) + "' (the Content-Type header)");
        }
    }

    /** {@code host[:port]} of an origin or URL, lower case; "" when it has none ({@code null}, garbage). */
    private static String authority(String url) {
        try {
            URI u = new URI(url.trim());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || u.getRawAuthority() == null) {
                return "";
            }
            return u.getRawAuthority().toLowerCase(Locale.ROOT);
        } catch (java.net.URISyntaxException e) {
            return "";
        }
    }

    /** The host part of {@code host[:port]} (an IPv6 literal in brackets), lower case. */
    static String hostName(String hostAndPort) {
        String h = hostAndPort.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            return close < 0 ? h : h.substring(0, close + 1);
        }
        int colons = h.length() - h.replace(":", "").length();
        if (colons > 1) {
            return "[" + h + "]"; // a bare IPv6 literal, as given to --host
        }
        return colons == 1 ? h.substring(0, h.indexOf(':')) : h;
    }

    private static InetAddress resolve(String host) {
        try {
            String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
            return InetAddress.getByName(h);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** This machine's addresses and names, for a server bound to every interface. */
    private static Set<String> machineNames() {
        Set<String> names = new TreeSet<>();
        try {
            InetAddress local = InetAddress.getLocalHost();
            names.add(hostName(local.getHostName()));
            names.add(hostName(local.getCanonicalHostName()));
        } catch (UnknownHostException e) {
            // no name for this machine: its addresses below still answer
        }
        try {
            for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress a : Collections.list(nif.getInetAddresses())) {
                    String literal = a.getHostAddress();
                    int zone = literal.indexOf('%');
                    names.add(hostName(zone < 0 ? literal : literal.substring(0, zone)));
                }
            }
        } catch (SocketException e) {
            // no interface list: the machine's name above still answers
        }
        return names;
    }

    static boolean openToAll(String path) {
        return path.startsWith("/api/play/") || path.equals("/play.html") || path.startsWith("/vendor/")
                || path.startsWith("/api/mediation/") || path.equals("/mediate.html") || path.equals("/mediate.js")
                || path.equals("/prefs.js")
                || path.equals("/style.css") || path.equals("/common.js") || path.equals("/play.js")
                || path.equals("/charts.js") || path.equals("/palette.js") || path.equals("/favicon.svg")
                || path.equals("/favicon.ico");
    }
}
