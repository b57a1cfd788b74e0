package dev.bakeoff.web;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import dev.bakeoff.report.Template;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * Who may talk to the UI: the one filter in front of every handler. Every request must name this server
 * as its Host (a DNS-rebinding page names its own) and carry the per-process token, GETs included: as
 * {@code ?token=} in the URL that {@code bakeoff serve} prints (exchanged at once for an HttpOnly,
 * SameSite=Strict cookie and a redirect that drops it from the address bar), as that cookie, or as the
 * {@value #TOKEN_HEADER} header. A state-changing request needs the header itself (a cookie alone would
 * be sent by a page on another port of this host, which is the same "site") and, when the browser says
 * where it comes from (Origin, Sec-Fetch-Site), must come from this origin. A declared body over the
 * limit is answered 413 before anything reads it.
 */
final class Guard extends Filter {
    static final String TOKEN_HEADER = "X-Bakeoff-Token";

    private final Set<String> hosts;
    private final Set<String> origins;
    private final byte[] token;
    private final String tokenText;
    /** Cookies are not kept apart by port: the name carries it, so two UIs on one host do not clash. */
    private final String cookie;

    private final byte[] noTokenPage;

    Guard(int port, String token) {
        this.hosts = Set.of("127.0.0.1:" + port, "localhost:" + port);
        this.origins = Set.of("http://127.0.0.1:" + port, "http://localhost:" + port);
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.tokenText = token;
        this.cookie = "bakeoff-token-" + port;
        this.noTokenPage = Template.resourceText("web/token.html").getBytes(StandardCharsets.UTF_8);
    }

    String token() {
        return tokenText;
    }

    @Override
    public String description() {
        return "Host, token and origin checks of the bakeoff UI";
    }

    @Override
    public void doFilter(HttpExchange ex, Chain chain) throws IOException {
        String host = ex.getRequestHeaders().getFirst("Host");
        if (host == null || !hosts.contains(host)) {
            Http.refuse(ex, 403, "unknown Host: this UI answers only as 127.0.0.1 or localhost");
            return;
        }
        boolean reading =
                ex.getRequestMethod().equals("GET") || ex.getRequestMethod().equals("HEAD");
        String inUrl = queryToken(ex.getRequestURI());
        if (reading && inUrl != null && matches(inUrl)) {
            // Jupyter-style: the printed URL logs the browser in; the token then leaves the address bar.
            ex.getResponseHeaders().add("Set-Cookie", cookie + "=" + tokenText + "; Path=/; HttpOnly; SameSite=Strict");
            ex.getResponseHeaders().set("Location", ex.getRequestURI().getRawPath());
            Http.send(ex, 303, "text/plain; charset=utf-8", new byte[0]);
            return;
        }
        String header = ex.getRequestHeaders().getFirst(TOKEN_HEADER);
        boolean viaHeader = header != null && matches(header);
        if (!viaHeader && !matches(cookieToken(ex))) {
            if (reading
                    && (ex.getRequestURI().getPath().equals("/")
                            || ex.getRequestURI().getPath().equals("/index.html"))) {
                Http.refusePage(ex, noTokenPage);
            } else {
                Http.refuse(
                        ex,
                        403,
                        "missing or wrong token: open the URL that 'bakeoff serve' printed (it ends in ?token=...)");
            }
            return;
        }
        if (!reading) {
            String refused = crossSite(ex);
            if (refused == null && !viaHeader) {
                refused = "missing or wrong " + TOKEN_HEADER + ": reload the page";
            }
            if (refused != null) {
                Http.refuse(ex, 403, refused);
                return;
            }
        }
        if (Http.declaredBodyTooLarge(ex)) {
            Http.refuse(ex, 413, "request body over " + Http.MAX_BODY + " bytes");
            return;
        }
        chain.doFilter(ex);
    }

    private String crossSite(HttpExchange ex) {
        String origin = ex.getRequestHeaders().getFirst("Origin");
        if (origin != null && !origins.contains(origin)) {
            return "cross-origin request refused";
        }
        String site = ex.getRequestHeaders().getFirst("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin")) {
            return "cross-site request refused";
        }
        return null;
    }

    /** Constant-time, so the answer's timing says nothing about how much of a guess was right. */
    private boolean matches(String candidate) {
        return candidate != null && MessageDigest.isEqual(token, candidate.getBytes(StandardCharsets.UTF_8));
    }

    private String cookieToken(HttpExchange ex) {
        for (String line : ex.getRequestHeaders().getOrDefault("Cookie", java.util.List.of())) {
            for (String pair : line.split(";")) {
                String[] kv = pair.strip().split("=", 2);
                if (kv.length == 2 && kv[0].equals(cookie)) {
                    return kv[1];
                }
            }
        }
        return null;
    }

    private static String queryToken(URI uri) {
        String raw = uri.getRawQuery();
        if (raw == null) {
            return null;
        }
        for (String pair : raw.split("&")) {
            if (pair.startsWith("token=")) {
                return URLDecoder.decode(pair.substring(6), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
