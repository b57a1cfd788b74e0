package dev.bakeoff.web;

import com.sun.net.httpserver.HttpExchange;
import java.util.Set;

/**
 * Who may talk to the UI. Every request must name this server as its Host (a DNS-rebinding page names
 * its own); a state-changing request must also carry the per-process token from the page and, when the
 * browser says where it comes from (Origin, Sec-Fetch-Site), come from this origin.
 */
final class Guard {
    static final String TOKEN_HEADER = "X-Bakeoff-Token";

    private final Set<String> hosts;
    private final Set<String> origins;
    private final String token;

    Guard(int port, String token) {
        this.hosts = Set.of("127.0.0.1:" + port, "localhost:" + port);
        this.origins = Set.of("http://127.0.0.1:" + port, "http://localhost:" + port);
        this.token = token;
    }

    String token() {
        return token;
    }

    /** Why the request is refused, or null when it may go on. */
    String refuse(HttpExchange ex) {
        String host = ex.getRequestHeaders().getFirst("Host");
        if (host == null || !hosts.contains(host)) {
            return "unknown Host: this UI answers only as 127.0.0.1 or localhost";
        }
        if (ex.getRequestMethod().equals("GET") || ex.getRequestMethod().equals("HEAD")) {
            return null;
        }
        String origin = ex.getRequestHeaders().getFirst("Origin");
        if (origin != null && !origins.contains(origin)) {
            return "cross-origin request refused";
        }
        String site = ex.getRequestHeaders().getFirst("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin")) {
            return "cross-site request refused";
        }
        if (!token.equals(ex.getRequestHeaders().getFirst(TOKEN_HEADER))) {
            return "missing or wrong " + TOKEN_HEADER + ": reload the page";
        }
        return null;
    }
}
