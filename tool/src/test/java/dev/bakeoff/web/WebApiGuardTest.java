package dev.bakeoff.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bakeoff.cli.Main;
import java.net.Socket;
import java.net.URISyntaxException;
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
 * The UI's guard at the HTTP level (raw sockets, so every header is ours to forge): foreign Host names,
 * cross-origin posts and posts without the page's token are refused, and no request can name a
 * command to run: runs take stack names, and a name that is not a stack.yaml on disk is refused.
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
    void aForeignHostNameIsRefusedEvenForReading() throws Exception {
        assertThat(request("GET /api/history HTTP/1.1", "Host: evil.example:" + server.port(), ""))
                .startsWith("HTTP/1.1 403");
    }

    @Test
    void aPostWithoutThePageTokenIsRefused() throws Exception {
        assertThat(post("{}", "Content-Type: application/json"))
                .startsWith("HTTP/1.1 403")
                .containsIgnoringCase("token");
    }

    @Test
    void aCrossOriginPostIsRefusedEvenWithTheToken() throws Exception {
        assertThat(post("{}", "X-Bakeoff-Token: " + token(), "Origin: http://evil.example"))
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
        String answer = post(body, "X-Bakeoff-Token: " + token(), "Origin: http://127.0.0.1:" + server.port());
        assertThat(answer).startsWith("HTTP/1.1 400").contains("no such stack");
        assertThat(Path.of("/tmp/pwned")).doesNotExist();
    }

    private String token() throws Exception {
        String page = request("GET / HTTP/1.1", "Host: 127.0.0.1:" + server.port(), "");
        Matcher m =
                Pattern.compile("name=\"bakeoff-token\" content=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("the page carries its token").isTrue();
        return m.group(1);
    }

    private String post(String body, String... headers) throws Exception {
        String head = "Host: 127.0.0.1:" + server.port() + "\r\nContent-Type: application/json\r\n"
                + String.join("\r\n", headers);
        return request("POST /api/runs HTTP/1.1", head, body);
    }

    private String request(String line, String headers, String body) throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            String req =
                    line + "\r\n" + headers + "\r\nContent-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n";
            s.getOutputStream().write(req.getBytes(StandardCharsets.UTF_8));
            s.getOutputStream().write(bytes);
            s.getOutputStream().flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
