package dev.bakeoff.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bakeoff.cli.Main;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The UI's guard at the HTTP level (raw sockets, so every header is ours to forge): no request without
 * the token gets anything but the page that says how to get the URL, GETs included; foreign Host
 * names, cross-origin posts and posts with the cookie alone are refused; no request can name a command
 * to run or a file to read; a body over the limit gets 413, not a reset.
 */
class WebApiGuardTest {
    @TempDir
    Path root;

    WebServer server;

    @BeforeEach
    void start() throws URISyntaxException {
        System.setProperty("bakeoff.root", root.toString());
        System.setProperty(
                "bakeoff.stacks",
                Path.of(getClass().getResource("/stacks").toURI()).toString());
        server = WebServer.start(0, Main::run, "test");
    }

    @AfterEach
    void stop() {
        server.close();
        System.clearProperty("bakeoff.root");
        System.clearProperty("bakeoff.stacks");
    }

    @Test
    void everyPathRefusesAGetWithoutTheToken() throws Exception {
        for (String path : List.of(
                "/api/status",
                "/api/history",
                "/api/options",
                "/api/compare?before=a&after=b",
                "/static/app.js",
                "/reports/x/report.html",
                "/anything")) {
            assertThat(get(path, "")).as(path).startsWith("HTTP/1.1 403").doesNotContain(server.token());
        }
        assertThat(get("/", ""))
                .startsWith("HTTP/1.1 403")
                .contains("needs its token", "?token=")
                .doesNotContain(server.token());
        assertThat(get("/api/status", "X-Bakeoff-Token: " + "0".repeat(48) + "\r\n"))
                .startsWith("HTTP/1.1 403");
        assertThat(get("/api/status", "Cookie: bakeoff-token-" + server.port() + "=wrong\r\n"))
                .startsWith("HTTP/1.1 403");
    }

    @Test
    void thePrintedUrlTradesItsTokenForAStrictHttpOnlyCookie() throws Exception {
        assertThat(server.url()).isEqualTo("http://127.0.0.1:" + server.port() + "/?token=" + server.token());
        String answer = get("/?token=" + server.token(), "");
        assertThat(answer).startsWith("HTTP/1.1 303").containsIgnoringCase("Location: /\r\n");
        Matcher cookie = Pattern.compile("(?i)Set-Cookie: ([^=]+)=([0-9a-f]+); Path=/; HttpOnly; SameSite=Strict")
                .matcher(answer);
        assertThat(cookie.find()).as("a strict, HttpOnly cookie in " + answer).isTrue();
        String page = get("/", "Cookie: other=1; " + cookie.group(1) + "=" + cookie.group(2) + "\r\n");
        assertThat(page).startsWith("HTTP/1.1 200").contains("name=\"bakeoff-token\"");
        assertThat(get("/?token=nottheone", "")).startsWith("HTTP/1.1 403");
    }

    @Test
    void aForeignHostNameIsRefusedEvenWithTheToken() throws Exception {
        assertThat(request(
                        "GET /api/history HTTP/1.1",
                        "Host: evil.example:" + server.port() + "\r\nX-Bakeoff-Token: " + server.token(),
                        ""))
                .startsWith("HTTP/1.1 403");
    }

    @Test
    void aPostWithoutThePageTokenIsRefused() throws Exception {
        assertThat(post("/api/runs", "{}", "Content-Type: application/json"))
                .startsWith("HTTP/1.1 403")
                .containsIgnoringCase("token");
    }

    @Test
    void aPostWithTheCookieAloneIsRefused() throws Exception {
        // A page on another port of 127.0.0.1 is the same site: the browser would send it the cookie.
        assertThat(post("/api/runs/cancel", "{}", "Cookie: bakeoff-token-" + server.port() + "=" + server.token()))
                .startsWith("HTTP/1.1 403")
                .contains(Guard.TOKEN_HEADER);
    }

    @Test
    void aCrossOriginPostIsRefusedEvenWithTheToken() throws Exception {
        assertThat(post("/api/runs", "{}", "X-Bakeoff-Token: " + server.token(), "Origin: http://evil.example"))
                .startsWith("HTTP/1.1 403")
                .contains("cross-origin");
    }

    @Test
    void aRunCanOnlyNameStacksOnDiskNeverACommand() throws Exception {
        String profile = Files.readString(Path.of("..", "examples", "realtime-chat.yaml")); // tests run in tool/
        String body = new ObjectMapper()
                .writeValueAsString(Map.of(
                        "profile",
                        profile,
                        "stacks",
                        List.of("; touch /tmp/pwned"),
                        "workloads",
                        List.of("startup"),
                        "preset",
                        "quick"));
        String answer = post("/api/runs", body, "X-Bakeoff-Token: " + server.token(), origin());
        assertThat(answer).startsWith("HTTP/1.1 400").contains("no such stack");
        assertThat(Path.of("/tmp/pwned")).doesNotExist();
    }

    @Test
    void aRunIdNeverReadsAFile() throws Exception {
        Path secret = Files.writeString(root.resolve("secret.txt"), "SECRET-LINE-1\nSECRET-LINE-2\n");
        for (String value : List.of("@" + secret, "@/etc/passwd", "--all", "-h")) {
            String answer = get(
                    "/api/compare?before=" + java.net.URLEncoder.encode(value, StandardCharsets.UTF_8) + "&after=x",
                    "X-Bakeoff-Token: " + server.token() + "\r\n");
            assertThat(answer)
                    .as(value)
                    .startsWith("HTTP/1.1 400")
                    .contains("no such run")
                    .doesNotContain("SECRET-LINE", "root:");
        }
    }

    @Test
    void theCommandLineDoesNotExpandAtFilesEither() throws Exception {
        Path secret = Files.writeString(root.resolve("args.txt"), "SECRET-ARGUMENT\n");
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = Main.run(
                new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true), "compare", "@" + secret, "x");
        assertThat(code).isEqualTo(2);
        assertThat(out + err.toString()).doesNotContain("SECRET-ARGUMENT").contains("@" + secret);
    }

    @Test
    void anOversizedBodyGets413NotAReset() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        byte[] big = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'x');
        HttpResponse<String> declared = client.send(
                authorised("/api/describe")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(big))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(declared.body()).contains("over " + Http.MAX_BODY);
        // Without a Content-Length (chunked), the limit is found while reading.
        HttpResponse<String> chunked = client.send(
                authorised("/api/describe")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(
                                () -> new java.io.ByteArrayInputStream(big, 0, 4 * 1024 * 1024)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
        // And the server still answers.
        HttpResponse<String> after =
                client.send(authorised("/api/status").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(after.statusCode()).isEqualTo(200);
    }

    private HttpRequest.Builder authorised(String path) {
        return HttpRequest.newBuilder(URI.create(server.origin() + path))
                .header(Guard.TOKEN_HEADER, server.token())
                .header("Origin", server.origin())
                .header("Content-Type", "application/json");
    }

    private String origin() {
        return "Origin: " + server.origin();
    }

    private String get(String path, String headers) throws Exception {
        return request("GET " + path + " HTTP/1.1", headers + "Host: 127.0.0.1:" + server.port(), "");
    }

    private String post(String path, String body, String... headers) throws Exception {
        String head = "Host: 127.0.0.1:" + server.port() + "\r\nContent-Type: application/json\r\n"
                + String.join("\r\n", headers);
        return request("POST " + path + " HTTP/1.1", head, body);
    }

    private String request(String line, String headers, String body) throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(20_000);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            String req =
                    line + "\r\n" + headers + "\r\nContent-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n";
            s.getOutputStream().write(req.getBytes(StandardCharsets.UTF_8));
            s.getOutputStream().write(bytes);
            s.getOutputStream().flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
