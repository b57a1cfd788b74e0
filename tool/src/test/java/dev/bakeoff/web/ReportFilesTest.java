package dev.bakeoff.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bakeoff.cli.Main;
import dev.bakeoff.cli.StoredRuns;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The UI's report links: a stored run without a report gets one written on first request, by the same flow
 * service as {@code bakeoff report}, under the state directory's reports/RUN/; an unknown run is a 404 that says
 * what to do, not a 500.
 */
class ReportFilesTest {
    @TempDir
    Path root;

    WebServer server;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
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

    private HttpResponse<String> get(String path) throws Exception {
        URI uri = URI.create(server.url()).resolve(path);
        return http.send(
                HttpRequest.newBuilder(uri)
                        .header("X-Bakeoff-Token", server.token())
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aStoredRunsReportIsWrittenOnFirstRequestAndServedFromDiskAfter() throws Exception {
        String run = StoredRuns.store(root, 10_000);
        Path written = root.resolve(".bakeoff").resolve("reports").resolve(run).resolve("report.html");
        assertThat(written).doesNotExist();

        HttpResponse<String> html = get("/reports/" + run + "/report.html");

        assertThat(html.statusCode()).as(html.body()).isEqualTo(200);
        assertThat(html.body()).contains("<html", run);
        assertThat(written).exists();
        assertThat(Files.readString(written)).isEqualTo(html.body());
        HttpResponse<String> md = get("/reports/" + run + "/report.md");
        assertThat(md.statusCode()).isEqualTo(200);
        assertThat(md.body()).contains(run);
    }

    @Test
    void anUnknownRunIsANotFoundThatSaysHowToMeasure() throws Exception {
        StoredRuns.store(root, 10_000);

        HttpResponse<String> r = get("/reports/20990101-000000/report.html");

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("20990101-000000").doesNotContain("internal error");
        assertThat(root.resolve(".bakeoff").resolve("reports").resolve("20990101-000000"))
                .doesNotExist();
    }
}
