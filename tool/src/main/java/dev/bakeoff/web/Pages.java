package dev.bakeoff.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.bakeoff.report.Template;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The one page of the UI, its script and its style: all from the jar, nothing from elsewhere. */
final class Pages implements HttpHandler {
    private final byte[] page;
    private final byte[] script;
    private final byte[] style;

    Pages(Guard guard) {
        this.page = Template.load("web/index.html")
                .fill(Map.of("token", guard.token()))
                .getBytes(StandardCharsets.UTF_8);
        this.script = Template.resourceText("web/app.js").getBytes(StandardCharsets.UTF_8);
        this.style = (Template.resourceText("report/report.css") + Template.resourceText("web/web.css"))
                .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        if (!ex.getRequestMethod().equals("GET")) {
            Http.error(ex, 405, "only GET here");
            return;
        }
        switch (ex.getRequestURI().getPath()) {
            case "/", "/index.html" -> Http.send(ex, 200, "text/html; charset=utf-8", page);
            case "/static/app.js" -> Http.send(ex, 200, "text/javascript; charset=utf-8", script);
            case "/static/app.css" -> Http.send(ex, 200, "text/css; charset=utf-8", style);
            default -> Http.error(ex, 404, "no such page");
        }
    }
}
