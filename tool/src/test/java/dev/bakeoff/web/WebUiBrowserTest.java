package dev.bakeoff.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bakeoff.cli.Main;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI end to end in Debian's headless Chromium: describe a project, run a quick plan of two test
 * stacks on three workloads (after the estimate), watch it, read the verdict, open the report, browse history
 * and compare, get a verdict from the stored run without measuring, then start a run and cancel it.
 * Screenshots go to target/screenshots/.
 */
@Tag("e2e")
class WebUiBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target/screenshots");

    @TempDir
    Path root;

    WebServer server;
    WebDriver browser;
    String oldRoot;
    String oldStacks;

    @BeforeEach
    void start() throws Exception {
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "the browser test needs Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver)");
        oldRoot = System.getProperty("bakeoff.root");
        oldStacks = System.getProperty("bakeoff.stacks");
        System.setProperty("bakeoff.root", root.toString());
        System.setProperty(
                "bakeoff.stacks",
                Path.of(getClass().getResource("/stacks").toURI()).toString());
        server = WebServer.start(0, Main::run, "test");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1400,1000",
                "--user-data-dir=" + Files.createDirectories(root.resolve("chromium-profile")));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SHOTS);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        restore("bakeoff.root", oldRoot);
        restore("bakeoff.stacks", oldStacks);
    }

    @Test
    void describeRunWatchVerdictReportHistoryAndCompare() throws Exception {
        browser.get(server.url());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(d -> !d.findElements(By.cssSelector("input[name=stack]")).isEmpty());

        browser.findElement(By.id("describe-text"))
                .sendKeys("A realtime chat with 5000 concurrent users over WebSockets; our team knows TypeScript"
                        + " <script>alert(1)</script>");
        browser.findElement(By.id("describe-go")).click();
        wait.until(d -> d.findElements(By.cssSelector("#describe-hits li")).size() > 0
                && d.findElement(By.id("describe-status")).getText().contains("matched"));
        assertThat(new Select(browser.findElement(By.id("f-realtime")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("core");
        browser.findElement(By.id("f-name")).clear();
        browser.findElement(By.id("f-name")).sendKeys("Chat <b>bold</b>");
        choose("stack", List.of("stdlib-threaded", "stdlib-serial"));
        choose("workload", List.of("startup", "plaintext", "json"));
        wait.until(d -> d.findElement(By.id("estimate"))
                .getText()
                .matches("Plan: \\d+ steps \\(2 stacks × 3 workloads.*about .*"));
        String estimate = browser.findElement(By.id("estimate")).getText();
        choose("workload", List.of("startup", "plaintext"));
        wait.until(d -> !d.findElement(By.id("estimate")).getText().equals(estimate)
                && d.findElement(By.id("estimate")).getText().contains("2 stacks × 2 workloads"));
        choose("workload", List.of("startup", "plaintext", "json"));
        wait.until(d -> d.findElement(By.id("estimate")).getText().equals(estimate));
        shot("01-profile");

        browser.findElement(By.id("start")).click();
        WebDriverWait run = new WebDriverWait(browser, Duration.ofMinutes(4));
        run.until(d -> d.findElement(By.id("live-step")).getText().contains("stdlib-"));
        assertThat(post(
                        "/api/runs",
                        "{\"profile\":\"name: x\\n\",\"stacks\":[\"stdlib-serial\"],\"workloads\":[\"startup\"]}",
                        true))
                .as("a second run while one is going")
                .isEqualTo(409);
        run.until(d -> d.findElements(By.cssSelector("#live-recent tbody tr")).size() >= 3
                && d.findElement(By.id("live-rate")).getText().matches("[1-9].* req/s.*"));
        shot("02-live");

        run.until(d -> !d.findElements(By.id("verdict-winner")).isEmpty()
                || !d.findElements(By.cssSelector("#verdict .error")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("#verdict .error")))
                .as("the run's error box")
                .isEmpty();
        assertThat(browser.findElement(By.id("verdict-winner")).getText()).isNotBlank();
        assertThat(browser.findElement(By.cssSelector("#verdict .answer-label")).getAttribute("textContent"))
                .isEqualTo("Recommended for Chat <b>bold</b>");
        shot("03-verdict");
        String adr = browser.findElement(By.id("verdict-adr")).getAttribute("href");
        assertThat(HttpClient.newHttpClient()
                        .send(HttpRequest.newBuilder(URI.create(adr)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode())
                .as("the ADR without the token")
                .isEqualTo(403);
        HttpResponse<String> adrFile = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(adr))
                                .header(Guard.TOKEN_HEADER, token())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(adrFile.statusCode()).isEqualTo(200);
        assertThat(adrFile.headers().firstValue("Content-Disposition"))
                .get()
                .asString()
                .contains("attachment");
        assertThat(adrFile.body()).contains("Chat");
        assertThat(adrFile.body())
                .as("the ADR names no hidden state file of this machine")
                .doesNotContain(root.toString(), ".bakeoff", "/web/")
                .contains("--profile profile.yaml");

        browser.findElement(By.id("verdict-report")).click();
        wait.until(d -> d.findElement(By.tagName("h1")).getText().startsWith("Bakeoff verdict for"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("<b>bold</b>");
        assertThat(browser.findElements(By.cssSelector("section#claims, section#side-by-side, section#workloads")))
                .hasSize(3);
        assertThat(browser.findElements(By.cssSelector("figure.chart svg"))).isNotEmpty();
        assertOnlyLocalRequests();
        shot("04-report");

        browser.get(server.url());
        wait.until(d -> !d.findElements(By.cssSelector("input[name=stack]")).isEmpty());
        browser.findElement(By.id("tab-history")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#history tbody tr")).isEmpty());
        shot("05-history");
        assertOnlyLocalRequests();

        browser.findElement(By.cssSelector("#history tbody input[name=pick]")).click();
        browser.findElement(By.id("tab-compare")).click();
        browser.findElement(By.id("cmp-all")).click();
        browser.findElement(By.id("cmp-go")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#cmp tbody tr")).isEmpty());
        assertThat(browser.findElement(By.id("cmp")).getText()).contains("no significant difference");
        List<String> rows = browser.findElements(By.cssSelector("#cmp tbody tr")).stream()
                .map(r -> r.findElements(By.tagName("td")).stream()
                        .limit(4)
                        .map(WebElement::getText)
                        .toList()
                        .toString())
                .toList();
        assertThat(rows).as("compare rows (stack, workload, metric, unit)").doesNotHaveDuplicates();
        assertThat(rows).anyMatch(r -> r.contains("start-up time") && r.contains("ms"));
        assertThat(browser.findElement(By.id("cmp")).getText()).doesNotContain("ready_ms", "max_rps");
        shot("06-compare");

        // A verdict for another profile from the stored run, without measuring again.
        int stored = browser.findElements(By.cssSelector("#history tbody tr")).size();
        browser.findElement(By.id("tab-new")).click();
        browser.findElement(By.id("f-name")).clear();
        browser.findElement(By.id("f-name")).sendKeys("Second look");
        wait.until(d ->
                !new Select(d.findElement(By.id("advise-run"))).getOptions().isEmpty());
        browser.findElement(By.id("advise-go")).click();
        WebDriverWait report = new WebDriverWait(browser, Duration.ofMinutes(2));
        report.until(d -> !d.findElements(By.id("advise-verdict-winner")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#advise-verdict .answer-label"))
                        .getAttribute("textContent"))
                .isEqualTo("Recommended for Second look");
        shot("07-verdict-from-stored-run");
        browser.findElement(By.id("tab-history")).click();
        wait.until(d -> d.findElements(By.cssSelector("#history tbody tr")).size() == stored);

        // Cancel: the app is stopped and the run is stored as incomplete.
        browser.findElement(By.id("tab-new")).click();
        choose("stack", List.of("stdlib-threaded"));
        choose("workload", List.of("plaintext", "json"));
        browser.findElement(By.id("start")).click();
        run.until(d -> d.findElement(By.id("live-step")).getText().contains("stdlib-threaded"));
        long clicked = System.nanoTime();
        browser.findElement(By.id("cancel")).click();
        run.until(d -> d.findElement(By.id("live-state")).getText().startsWith("cancelled"));
        System.out.printf("Cancel took %.1f s from the click to 'cancelled'%n", (System.nanoTime() - clicked) / 1e9);
        assertThat(browser.findElement(By.id("cancel-status")).getText()).contains("incomplete");
        shot("08-cancelled");
        assertThat(ProcessHandle.current()
                        .descendants()
                        .filter(p -> p.info().commandLine().orElse("").contains("stdlib-app")))
                .as("reference apps still running after Cancel")
                .isEmpty();
        browser.findElement(By.id("tab-history")).click();
        wait.until(d -> d.findElements(By.cssSelector("#history tbody tr")).size() == stored + 1);
        assertThat(browser.findElement(By.cssSelector("#history tbody tr")).getText())
                .contains("incomplete");

        assertThat(post("/api/runs", "{}", false))
                .as("a POST without the page's token")
                .isEqualTo(403);
    }

    private void choose(String name, List<String> values) {
        for (WebElement box : browser.findElements(By.cssSelector("input[name=" + name + "]"))) {
            if (box.isSelected() != values.contains(box.getAttribute("value"))) {
                box.click();
            }
        }
    }

    private String token() {
        return browser.findElement(By.cssSelector("meta[name=bakeoff-token]")).getAttribute("content");
    }

    private int post(String path, String body, boolean withToken) throws Exception {
        String token = withToken ? token() : "";
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(server.origin() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (withToken) {
            r.header(Guard.TOKEN_HEADER, token).header("Origin", server.origin());
        }
        return HttpClient.newHttpClient()
                .send(r.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** The browser's own record of what the page loaded: nothing outside this server. */
    @SuppressWarnings("unchecked")
    private void assertOnlyLocalRequests() {
        List<String> urls = (List<String>) ((JavascriptExecutor) browser)
                .executeScript("return performance.getEntriesByType('resource').map(e => e.name)");
        assertThat(urls).allMatch(u -> u.startsWith(server.origin() + "/"), "loaded from " + server.origin());
    }

    private void shot(String name) throws Exception {
        File png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), SHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
