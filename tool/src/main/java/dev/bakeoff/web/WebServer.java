package dev.bakeoff.web;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.bakeoff.model.BadInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The local web UI: the JDK's HTTP server on 127.0.0.1 only, serving one page, its script and style, a
 * JSON API and the reports. Every action goes through the CLI's own commands or the flow room's services; the
 * server adds no logic of its own. Each request runs on its own virtual thread.
 */
public final class WebServer implements AutoCloseable {
    /** Runs a bakeoff command line with captured output (the CLI's entry point, passed in by the shell). */
    @FunctionalInterface
    public interface Cli {
        int run(PrintWriter out, PrintWriter err, String... args);
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final LiveRun live;
    private final String token;

    private WebServer(HttpServer server, ExecutorService threads, LiveRun live, String token) {
        this.server = server;
        this.threads = threads;
        this.live = live;
        this.token = token;
    }

    /**
     * Starts serving on 127.0.0.1:{@code port} (0 picks a free port). A port in use is bad input.
     *
     * @param toolVersion stored with the runs started from the UI
     */
    public static WebServer start(int port, Cli cli, String toolVersion) {
        ServerLimits.apply();
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        } catch (BindException e) {
            throw new BadInputException(
                    "--port " + port, "the port is in use", "choose another with --port N, or stop what uses it");
        } catch (IOException e) {
            throw new BadInputException("--port " + port, "cannot listen: " + e.getMessage(), "choose another port");
        }
        // Unguessable per process: a page from another origin cannot know it, so it cannot POST as this UI.
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        Guard guard = new Guard(server.getAddress().getPort(), token);
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        Verdicts verdicts = new Verdicts(cli);
        LiveRun live = new LiveRun(verdicts, toolVersion);
        route(server, guard, "/", new Pages(guard));
        route(server, guard, "/api/", new Api(live, verdicts));
        route(server, guard, "/reports/", new ReportFiles());
        server.setExecutor(threads);
        server.start();
        return new WebServer(server, threads, live, token);
    }

    /** Every handler sits behind the one guard: there is no way to add a context without it. */
    private static void route(HttpServer server, Guard guard, String path, HttpHandler handler) {
        server.createContext(path, handler).getFilters().add(guard);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The URL to open: it carries the token, which the first request trades for a cookie. */
    public String url() {
        return origin() + "/?token=" + token;
    }

    /** The server's origin, without the token (tests address the API with it). */
    String origin() {
        return "http://127.0.0.1:" + port();
    }

    String token() {
        return token;
    }

    /** Stops serving; a run in progress is interrupted (its finished trials stay stored). */
    @Override
    public void close() {
        live.stop();
        server.stop(0);
        threads.shutdownNow();
    }
}
