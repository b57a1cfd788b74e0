package dev.bakeoff.cli;

import dev.bakeoff.loadgen.Defaults;
import dev.bakeoff.loadgen.DurationText;
import dev.bakeoff.loadgen.HttpLoad;
import dev.bakeoff.loadgen.HttpResult;
import dev.bakeoff.loadgen.IntervalLog;
import dev.bakeoff.loadgen.IntervalStats;
import dev.bakeoff.loadgen.LoadGenerator;
import dev.bakeoff.loadgen.LoadReport;
import dev.bakeoff.loadgen.LoadShape;
import dev.bakeoff.loadgen.MixFile;
import dev.bakeoff.loadgen.Progress;
import dev.bakeoff.loadgen.RequestClass;
import dev.bakeoff.loadgen.SteadyState;
import dev.bakeoff.loadgen.WsLoad;
import dev.bakeoff.loadgen.WsResult;
import dev.bakeoff.model.BadInputException;
import dev.bakeoff.model.ExitCodes;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bakeoff load}: the standalone load generator, a thin shell over {@link LoadGenerator}. */
@Command(
        name = "load",
        mixinStandardHelpOptions = true,
        description = {
            "Load any server like wrk2: open model (--rate) or closed model (--connections), HTTP/1.1 or WebSocket.",
            "Latency counts from each request's intended send time; the uncorrected service time is shown too.",
            "Targets must be loopback unless --allow-remote. Progress goes to stderr.",
            "An HTTP load ends within --timeout (connecting) + warm-up + duration + --timeout (drain) + 2 s, as its"
                    + " first line says. Ctrl-C or SIGTERM ends it early and prints what was measured so far (exit 130"
                    + " or 143; WebSocket loads print nothing then).",
            "Exit 0 when responses came, 2 for bad input (including more connections than the file-descriptor"
                    + " limit allows), 3 when no request was answered or no response was 2xx."
        })
final class LoadCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "URL", description = "http://host:port/path, or ws://host:port/path")
    String url;

    @Option(names = "--rate", paramLabel = "R", description = "open model: total requests (ws: messages) per second")
    Double rate;

    @Option(
            names = {"-c", "--connections"},
            paramLabel = "N",
            description = "connections (closed model when no --rate)")
    Integer connections;

    @Option(
            names = {"-d", "--duration"},
            paramLabel = "D",
            description = "measured phase, e.g. 10s (default 10s)")
    String duration = "10s";

    @Option(names = "--warmup", paramLabel = "D", description = "unmeasured phase before it (default 2s)")
    String warmup = "2s";

    @Option(
            names = "--until-steady",
            description = "end the warmup once throughput holds level over two 1.6 s windows in a row (no change"
                    + " beyond 3%% or twice its noise, up or down); --warmup is then the longest it may take"
                    + " (closed model only)")
    boolean untilSteady;

    @Option(names = "--timeout", paramLabel = "D", description = "request timeout (default 10s)")
    String timeout = "10s";

    @Option(names = "--pipeline", paramLabel = "N", description = "requests in flight per connection (default 1)")
    int pipeline = Defaults.PIPELINE_DEPTH;

    @Option(names = "--threads", paramLabel = "N", description = "event-loop threads (default: cores, at most N)")
    Integer threads;

    @Option(names = "--mix", paramLabel = "FILE", description = "YAML file of weighted request classes")
    Path mix;

    @Option(names = "--publishers", paramLabel = "P", description = "ws: connections that publish (default 10)")
    Integer publishers;

    @Option(names = "--payload", paramLabel = "BYTES", description = "ws: message size (default 64)")
    int payload = Defaults.WS_PAYLOAD_BYTES;

    @Option(names = "--idle", description = "ws: only open the connections and hold them (memory per connection)")
    boolean idle;

    @Option(names = "--json", description = "print one JSON document on stdout instead of the text report")
    boolean json;

    @Option(names = "--hlog", paramLabel = "FILE", description = "write the HdrHistogram interval log here")
    Path hlog;

    @Option(names = "--allow-remote", description = "allow a target that is not this machine")
    boolean allowRemote;

    @Override
    public Integer call() {
        URI target = target();
        Duration measured = DurationText.parse(duration, "--duration");
        Duration warm = DurationText.parse(warmup, "--warmup");
        PrintStream err = System.err;
        if ("ws".equals(target.getScheme())) {
            WsLoad load = wsLoad(target, warm, measured);
            LoadGenerator.validate(load);
            FdLimit.check(load.connections(), "--connections");
            err.printf(
                    "bakeoff load: %s, %d connections%s, warmup %s, duration %s%n",
                    target,
                    load.connections(),
                    load.idle()
                            ? " held idle"
                            : String.format(", %d publishers at %.0f msg/s", load.publishers(), load.ratePerSecond()),
                    warmup,
                    duration);
            WsResult result;
            try (NettyLog quiet = NettyLog.install(err)) {
                result = withProgress(progress -> LoadGenerator.run(load, progress));
            }
            System.out.print(json ? LoadReport.json(result) + "\n" : LoadReport.text(result));
            return result.connectionsOpened() == 0 ? ExitCodes.FAILED : ExitCodes.OK;
        }
        HttpLoad load = httpLoad(target, warm, measured);
        LoadGenerator.validate(load);
        FdLimit.check(load.connections(), "--connections");
        Duration requestTimeout = DurationText.parse(timeout, "--timeout");
        double boundSeconds = (2 * requestTimeout.toNanos() + warm.toNanos() + measured.toNanos()) / 1e9 + 2;
        err.printf(
                "bakeoff load: %s, %s, %d connections, warmup %s, duration %s; ends within %.0f s%n",
                target,
                load.shape() instanceof LoadShape.OpenModel o
                        ? "open model at " + o.ratePerSecond() + " req/s"
                        : "closed model",
                load.connections(),
                warmup,
                duration,
                boundSeconds);
        HttpResult result;
        try (NettyLog quiet = NettyLog.install(err);
                Interruption interruption = Interruption.install()) {
            result = withProgress(progress -> LoadGenerator.run(load, progress, interruption.stop()));
            System.out.print(json ? LoadReport.json(result) + "\n" : LoadReport.text(result));
            System.out.flush();
            if (interruption.stop().requested()) {
                err.printf(
                        "bakeoff load: interrupted; the figures above cover the %.1f s measured before it%n",
                        result.measuredSeconds());
            }
        }
        return exitCode(result, err);
    }

    /** 3 when nothing was answered, or every answer was an error status (e.g. a mistyped path: 100% 404). */
    static int exitCode(HttpResult result, PrintStream err) {
        if (result.completed() == 0) {
            err.println("bakeoff load: no request was answered; see the errors above");
            return ExitCodes.FAILED;
        }
        if (result.errors().non2xx() >= result.completed()) {
            err.println("bakeoff load: every response had a non-2xx status ("
                    + result.errors().non2xx() + "); check the URL and the method");
            return ExitCodes.FAILED;
        }
        return ExitCodes.OK;
    }

    /** Runs with progress on stderr, and into the interval log when --hlog is given. */
    private <R> R withProgress(Function<Progress, R> run) {
        Progress progress = LoadCommand::printInterval;
        if (hlog == null) {
            return run.apply(progress);
        }
        try (IntervalLog log = IntervalLog.open(hlog, "--hlog", progress)) {
            return run.apply(log);
        }
    }

    private URI target() {
        try {
            URI uri = new URI(url);
            if (uri.getScheme() == null) {
                throw new BadInputException(
                        "URL", "'" + url + "' has no scheme", "write e.g. http://127.0.0.1:8080/plaintext");
            }
            return new URI(uri.getScheme().toLowerCase(Locale.ROOT), uri.getRawSchemeSpecificPart(), null);
        } catch (URISyntaxException e) {
            throw new BadInputException(
                    "URL",
                    "'" + url + "' is not a URL: " + e.getReason(),
                    "write e.g. http://127.0.0.1:8080/plaintext");
        }
    }

    private HttpLoad httpLoad(URI target, Duration warm, Duration measured) {
        if (rate == null && connections == null) {
            throw new BadInputException(
                    "--rate",
                    "give the open model's rate or the closed model's connections",
                    "e.g. --rate 5000 (open model) or --connections 64 (closed model)");
        }
        if (publishers != null || idle) {
            throw new BadInputException(
                    publishers != null ? "--publishers" : "--idle",
                    "applies to ws:// targets only",
                    "leave it out, or use a ws:// URL");
        }
        LoadShape shape = rate != null ? new LoadShape.OpenModel(rate) : new LoadShape.ClosedModel();
        int conns = connections != null ? connections : Defaults.HTTP_CONNECTIONS;
        List<RequestClass> classes = mix == null ? List.of() : MixFile.read(mix, mix.toString());
        return new HttpLoad(
                target,
                shape,
                conns,
                pipeline,
                warm,
                measured,
                DurationText.parse(timeout, "--timeout"),
                classes,
                allowRemote,
                threads != null ? threads : Defaults.eventLoopThreads(Math.max(1, conns)),
                untilSteady ? Defaults.STEADY_STATE : SteadyState.FIXED);
    }

    private WsLoad wsLoad(URI target, Duration warm, Duration measured) {
        if (mix != null || untilSteady) {
            throw new BadInputException(
                    mix != null ? "--mix" : "--until-steady",
                    "applies to http:// targets only",
                    "leave it out for ws:// targets");
        }
        int conns = connections != null ? connections : Defaults.WS_CONNECTIONS;
        int pubs = publishers != null ? publishers : Math.min(Defaults.WS_PUBLISHERS, conns);
        double msgRate = rate != null ? rate : Defaults.WS_RATE_PER_SECOND;
        return new WsLoad(
                target,
                conns,
                pubs,
                msgRate,
                payload,
                warm,
                measured,
                idle,
                allowRemote,
                threads != null ? threads : Defaults.eventLoopThreads(Math.max(1, conns)));
    }

    private static void printInterval(IntervalStats s) {
        System.err.printf(
                "%s %5.1fs %9.0f/s  p50 %8.2f ms  p99 %8.2f ms  (uncorrected p99 %8.2f ms)  errors %d%n",
                s.warmup() ? "warmup " : "measure",
                s.startSeconds() + s.lengthSeconds(),
                s.ratePerSecond(),
                s.p50Micros() / 1000.0,
                s.p99Micros() / 1000.0,
                s.uncorrectedP99Micros() / 1000.0,
                s.errors());
    }
}
