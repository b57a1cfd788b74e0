package dev.bakeoff.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bakeoff.cli.CliForTests;
import dev.bakeoff.cli.CliForTests.Outcome;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeTry;

/**
 * Issue 7, bad command lines: random subcommands with bad option values, unknown options, bad URLs
 * and remote targets. Each must end in exit 2 with a message naming the option or argument, never a
 * stack trace. Every generated case has at least one bad value, so none does real work: remote
 * hosts never come with --allow-remote (the case is refused before any traffic), loads name
 * 127.0.0.1 otherwise, runs carry --dry-run, verify and setup always name an unknown stack, and the
 * stacks folder is empty.
 */
@Tag("e2e")
class BadArgumentsCorpusTest {
    static final Verdicts ARGUMENTS = new Verdicts("command-line");
    static Path root;

    /** One generated command line and the option or argument names its message may name. */
    record Case(List<String> args, List<String> names, String family) {
        @Override
        public String toString() {
            return family + ": "
                    + String.join(" ", args.stream().map(a -> "'" + a + "'").toList());
        }
    }

    /** A bad option with its value (or none), and the names that identify it in a message. */
    record Bad(List<String> args, List<String> names) {
        static Bad of(String option, String value, String... alsoNamed) {
            List<String> names = new ArrayList<>(List.of(option));
            names.addAll(List.of(alsoNamed));
            return new Bad(value == null ? List.of(option) : List.of(option, value), names);
        }
    }

    @BeforeContainer
    static void workspace() throws IOException {
        root = Files.createTempDirectory("bakeoff-args");
        Files.createDirectories(root.resolve("stacks"));
        Files.createDirectories(root.resolve("a-directory"));
    }

    @BeforeTry
    void useWorkspace() {
        System.setProperty("bakeoff.root", root.toString());
        System.setProperty("bakeoff.stacks", root.resolve("stacks").toString());
    }

    @AfterTry
    void clearProperties() {
        System.clearProperty("bakeoff.root");
        System.clearProperty("bakeoff.stacks");
    }

    @AfterContainer
    static void summary() throws IOException {
        ARGUMENTS.report();
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 400)
    void badArgumentsAreExitTwoNamingTheOption(@ForAll("commandLines") Case c) throws Exception {
        safe(c);
        Outcome run = CliForTests.run(c.args().toArray(String[]::new));
        ARGUMENTS.argument(run, c.names(), c.args());
        if (c.family().equals("remote target")) {
            assertThat(run.err()).as(c.toString()).containsAnyOf("non-loopback", "does not resolve");
            assertThat(run.out()).as(c.toString()).isEmpty();
        }
    }

    /** Refuses to run a generated case that could send load anywhere but this machine. */
    private static void safe(Case c) throws Exception {
        assertThat(c.args()).doesNotContain("--allow-remote");
        if (c.family().equals("remote target") || c.family().equals("bad URL")) {
            return; // refused by design: no --allow-remote, or no usable URL at all
        }
        for (String arg : c.args()) {
            if (arg.startsWith("http://") || arg.startsWith("ws://")) {
                assertThat(InetAddress.getByName(new URI(arg).getHost()).isLoopbackAddress())
                        .as(c.toString())
                        .isTrue();
            }
        }
    }

    @Provide
    Arbitrary<Case> commandLines() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(25, httpLoad()),
                net.jqwik.api.Tuple.of(8, wsLoad()),
                net.jqwik.api.Tuple.of(10, badUrl()),
                net.jqwik.api.Tuple.of(10, remote()),
                net.jqwik.api.Tuple.of(12, run()),
                net.jqwik.api.Tuple.of(5, verify()),
                net.jqwik.api.Tuple.of(3, setup()),
                net.jqwik.api.Tuple.of(8, advise()),
                net.jqwik.api.Tuple.of(6, runIds()),
                net.jqwik.api.Tuple.of(13, picocli()));
    }

    private static final List<Bad> HTTP_BAD = List.of(
            Bad.of("--rate", "-5"),
            Bad.of("--rate", "0"),
            Bad.of("--rate", "-0.0"),
            Bad.of("--rate", "NaN"),
            Bad.of("--rate", "Infinity"),
            Bad.of("--rate", "1e400"),
            Bad.of("--rate", "abc"),
            Bad.of("--rate", ""),
            Bad.of("--rate", "5/s"),
            Bad.of("--connections", "0", "-c"),
            Bad.of("--connections", "-1", "-c"),
            Bad.of("--connections", "100001", "-c"),
            Bad.of("-c", "2147483648", "--connections"),
            Bad.of("-c", "many", "--connections"),
            Bad.of("--connections", "", "-c"),
            Bad.of("--duration", "0s", "-d"),
            Bad.of("-d", "-1s", "--duration"),
            Bad.of("--duration", "25h", "-d"),
            Bad.of("--duration", "10y", "-d"),
            Bad.of("--duration", "1e5", "-d"),
            Bad.of("--duration", "", "-d"),
            Bad.of("--duration", "99999999999999999999999h", "-d"),
            Bad.of("--duration", "0.0000000001s", "-d"),
            Bad.of("--warmup", "-1s"),
            Bad.of("--warmup", "abc"),
            Bad.of("--warmup", "48h"),
            Bad.of("--timeout", "0s"),
            Bad.of("--timeout", "0ms"),
            Bad.of("--timeout", "soon"),
            Bad.of("--pipeline", "0"),
            Bad.of("--pipeline", "-1"),
            Bad.of("--pipeline", "1025"),
            Bad.of("--pipeline", "99999999999"),
            Bad.of("--threads", "0"),
            Bad.of("--threads", "-4"),
            Bad.of("--threads", "1025"),
            Bad.of("--publishers", "5"),
            Bad.of("--idle", null),
            Bad.of("--mix", "/nonexistent/mix.yaml", "/nonexistent/mix.yaml"),
            Bad.of("--mix", "", "file name is empty"),
            Bad.of("--rate", null),
            Bad.of("--bogus", "1", "Unknown option"));

    private static final List<Bad> WS_BAD = List.of(
            Bad.of("--payload", "0"),
            Bad.of("--payload", "-1"),
            Bad.of("--payload", "2000000"),
            Bad.of("--publishers", "0"),
            Bad.of("--publishers", "1000"),
            Bad.of("--connections", "1", "-c"),
            Bad.of("--connections", "200000", "-c"),
            Bad.of("--mix", "mix.yaml"),
            Bad.of("--rate", "-1"),
            Bad.of("--rate", "NaN"),
            Bad.of("--duration", "0s", "-d"),
            Bad.of("--threads", "0"));

    private Arbitrary<Case> httpLoad() {
        return load("http://127.0.0.1:1/", HTTP_BAD, "http load");
    }

    private Arbitrary<Case> wsLoad() {
        return load("ws://127.0.0.1:1/", WS_BAD, "ws load");
    }

    /** One to three bad options on a loopback load; valid values fill in the rest, so it is short. */
    private Arbitrary<Case> load(String url, List<Bad> pool, String family) {
        return Arbitraries.of(pool)
                .list()
                .ofMinSize(1)
                .ofMaxSize(3)
                .uniqueElements(b -> b.args().get(0))
                .map(bads -> {
                    List<String> args = new ArrayList<>(List.of("load", url));
                    Set<String> names = new LinkedHashSet<>();
                    Set<String> options = new LinkedHashSet<>();
                    for (Bad b : bads) {
                        args.addAll(b.args());
                        names.addAll(b.names());
                        options.addAll(b.names());
                    }
                    if (!options.contains("--rate") && !options.contains("--connections")) {
                        args.addAll(List.of("--rate", "10"));
                    }
                    if (!options.contains("--duration")) {
                        args.addAll(List.of("--duration", "1s"));
                    }
                    if (!options.contains("--warmup")) {
                        args.addAll(List.of("--warmup", "0s"));
                    }
                    return new Case(args, List.copyOf(names), family);
                });
    }

    private Arbitrary<Case> badUrl() {
        return Arbitraries.of(
                        "",
                        " ",
                        "127.0.0.1:8080",
                        "localhost",
                        "ftp://127.0.0.1/",
                        "https://127.0.0.1:8443/",
                        "wss://127.0.0.1/",
                        "file:///etc/passwd",
                        "mailto:someone@example.com",
                        "http://",
                        "http:///plaintext",
                        "http://[::1",
                        "http://127.0.0.1:99999/",
                        "http://127.0.0.1:65536/",
                        "http://127.0.0.1:-5/",
                        "http://127.0.0.1:0/",
                        "http://127.0.0.1:1/ with spaces",
                        "http://%zz/",
                        "http://no_such_host.invalid/",
                        "http://127.0.0.1:1/\u0000",
                        "ws://",
                        "javascript:alert(1)")
                .map(url -> new Case(
                        List.of("load", url, "--rate", "10", "--duration", "1s", "--warmup", "0s"),
                        List.of("URL"),
                        "bad URL"));
    }

    /** Remote targets, never with --allow-remote: they must be refused before any traffic. */
    private Arbitrary<Case> remote() {
        Arbitrary<String> hosts = Arbitraries.of(
                "10.0.0.1",
                "192.168.1.1",
                "172.16.0.1",
                "8.8.8.8",
                "1.1.1.1",
                "169.254.169.254",
                "0.0.0.0",
                "example.com",
                "[2001:db8::1]",
                "[::ffff:10.0.0.1]",
                "[fe80::1]");
        return Combinators.combine(
                        hosts,
                        Arbitraries.of("http", "ws"),
                        Arbitraries.integers().between(1, 65535),
                        Arbitraries.of(true, false))
                .as((host, scheme, port, closed) -> {
                    List<String> args = new ArrayList<>(List.of("load", scheme + "://" + host + ":" + port + "/"));
                    args.addAll(closed ? List.of("-c", "2") : List.of("--rate", "10"));
                    args.addAll(List.of("--duration", "1s", "--warmup", "0s"));
                    return new Case(args, List.of("URL"), "remote target");
                });
    }

    private static final List<Bad> RUN_BAD = List.of(
            Bad.of("--preset", "nope"),
            Bad.of("--preset", ""),
            Bad.of("--preset", "QUICK"),
            Bad.of("--stacks", "nope", "stack '"),
            Bad.of("--stacks", "", "stack '"),
            Bad.of("--stacks", "a,,b", "stack '"),
            Bad.of("--workloads", "nope", "workload"),
            Bad.of("--workloads", "ws2", "workload"),
            Bad.of("--workloads", "", "workload"),
            Bad.of("--rounds", "-1"),
            Bad.of("--rounds", "51"),
            Bad.of("--rounds", "abc"),
            Bad.of("--rounds", "99999999999"),
            Bad.of("--app-cores", "-1"),
            Bad.of("--app-cores", "x"));

    private Arbitrary<Case> run() {
        return Arbitraries.of(RUN_BAD)
                .list()
                .ofMinSize(1)
                .ofMaxSize(3)
                .uniqueElements(b -> b.args().get(0))
                .map(bads -> {
                    List<String> args = new ArrayList<>(List.of("run", "--dry-run"));
                    Set<String> names = new LinkedHashSet<>();
                    bads.forEach(b -> {
                        args.addAll(b.args());
                        names.addAll(b.names());
                    });
                    return new Case(args, List.copyOf(names), "run");
                });
    }

    private Arbitrary<Case> verify() {
        return Combinators.combine(
                        Arbitraries.of("nope", "", "../stacks", "stdlib-threadd", "a b", "<script>"),
                        Arbitraries.of(
                                List.<String>of(),
                                List.of("--port", "-1"),
                                List.of("--port", "70000"),
                                List.of("--port", "abc"),
                                List.of("--port", "")))
                .as((stack, port) -> {
                    List<String> args = new ArrayList<>(List.of("verify"));
                    args.addAll(port);
                    args.add(stack);
                    return new Case(args, List.of("stack '", "--port"), "verify");
                });
    }

    private Arbitrary<Case> setup() {
        return Arbitraries.of("nope", "", "../..", "stdlib-threaded;rm -rf /", "$(id)")
                .map(stack -> new Case(List.of("setup", stack), List.of("stack '"), "setup"));
    }

    private Arbitrary<Case> advise() {
        String dir = root == null ? "/tmp" : root.resolve("a-directory").toString();
        return Arbitraries.of(
                new Case(List.of("advise"), List.of("advise"), "advise"),
                new Case(List.of("advise", "--describe", "chat", "--interactive"), List.of("advise"), "advise"),
                new Case(List.of("advise", "examples/x.yaml", "--describe", "chat"), List.of("advise"), "advise"),
                new Case(List.of("advise", "--describe", "chat", "--run", "nope"), List.of("--run", "run '"), "advise"),
                new Case(List.of("advise", "--describe", "chat", "--run", ""), List.of("--run", "run '"), "advise"),
                new Case(List.of("advise", "--describe", "chat", "--measure", "nope"), List.of("--measure"), "advise"),
                new Case(List.of("advise", "--describe", "chat", "--measure", ""), List.of("--measure"), "advise"),
                new Case(
                        List.of("advise", "--describe", "chat", "--run", "x", "--measure", "quick"),
                        List.of("--run", "--measure"),
                        "advise"),
                new Case(
                        List.of("advise", "/nonexistent/profile.yaml"), List.of("/nonexistent/profile.yaml"), "advise"),
                new Case(List.of("advise", dir), List.of(dir), "advise"),
                new Case(List.of("advise", ""), List.of("file name is empty"), "advise"),
                new Case(List.of("advise", "--describe"), List.of("--describe"), "advise"),
                new Case(List.of("advise", "--adr"), List.of("--adr"), "advise"));
    }

    private Arbitrary<Case> runIds() {
        return Arbitraries.of("nope", "", "20990101-000000", "../../etc/passwd", "x'; DROP TABLE runs;--", "%")
                .flatMap(id -> Arbitraries.of(
                        new Case(List.of("show", id), List.of("run '", "history"), "show"),
                        new Case(List.of("show", id, "--json"), List.of("run '", "history"), "show"),
                        new Case(List.of("compare", id, id), List.of("run '"), "compare"),
                        new Case(List.of("compare", id), List.of("AFTER"), "compare"),
                        new Case(List.of("demo", "--preset", id), List.of("--preset"), "demo")));
    }

    /** Unknown options, subcommands and arguments: picocli's own errors, through the same boundary. */
    private Arbitrary<Case> picocli() {
        Arbitrary<String> commands = Arbitraries.of(
                "demo", "setup", "stacks", "verify", "load", "run", "history", "show", "compare", "advise");
        Arbitrary<String> options = Arbitraries.of("--bogus", "-Z", "--jsn", "--rate=", "---", "--dry-run=maybe");
        return Arbitraries.oneOf(
                Combinators.combine(commands, options)
                        .as((cmd, opt) -> new Case(
                                List.of(cmd, opt),
                                List.of("Unknown option", opt, "Missing required", "Invalid value", "Unmatched"),
                                "unknown option")),
                Arbitraries.of("rn", "advice", "benchmark", "", "--version=1", "-x", "RUN")
                        .map(cmd -> new Case(
                                List.of(cmd),
                                List.of("'" + cmd + "'", "'" + cmd.split("=")[0] + "'", "Unknown option"),
                                "unknown command")),
                Arbitraries.of("stacks", "history")
                        .map(cmd -> new Case(List.of(cmd, "extra"), List.of("'extra'"), "extra argument")));
    }
}
