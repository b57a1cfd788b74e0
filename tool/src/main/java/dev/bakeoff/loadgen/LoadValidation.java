package dev.bakeoff.loadgen;

import dev.bakeoff.model.BadInputException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Every check of a load definition, in one place. A problem throws {@link BadInputException} named
 * after the command-line option that sets the value, since that is where a user fixes it.
 */
final class LoadValidation {
    private static final int MAX_CONNECTIONS = 100_000;
    private static final int MAX_PIPELINE = 1024;

    private LoadValidation() {}

    /** Checks the definition and resolves its target, which must be loopback unless allowed. */
    static InetSocketAddress check(HttpLoad load) {
        if (load.shape() instanceof LoadShape.OpenModel open) {
            positiveRate(open.ratePerSecond());
        }
        range("--connections", load.connections(), 1, MAX_CONNECTIONS, "connections");
        range("--pipeline", load.pipelineDepth(), 1, MAX_PIPELINE, "requests in flight per connection");
        range("--threads", load.eventLoopThreads(), 1, 1024, "event-loop threads");
        phases(load.warmup(), load.duration());
        steadyState(load);
        if (load.requestTimeout().isNegative() || load.requestTimeout().isZero()) {
            throw new BadInputException("--timeout", "the request timeout must be positive", "e.g. --timeout 10s");
        }
        for (RequestClass request : load.mix()) {
            requestClass(request);
        }
        return target(load.target(), "http", 80, load.allowRemote());
    }

    static InetSocketAddress check(WsLoad load) {
        range("--connections", load.connections(), load.idle() ? 1 : 2, MAX_CONNECTIONS, "WebSocket connections");
        range("--threads", load.eventLoopThreads(), 1, 1024, "event-loop threads");
        if (!load.idle()) {
            range("--publishers", load.publishers(), 1, load.connections(), "publishers");
            positiveRate(load.ratePerSecond());
            range("--payload", load.payloadBytes(), WsPayload.MIN_BYTES, 1 << 20, "payload bytes");
        }
        phases(load.warmup(), load.duration());
        return target(load.target(), "ws", 80, load.allowRemote());
    }

    private static void steadyState(HttpLoad load) {
        SteadyState rule = load.steadyState();
        if (rule.fixed()) {
            return;
        }
        if (load.shape() instanceof LoadShape.OpenModel) {
            // At a fixed rate the throughput is steady by construction: it cannot tell a warm server.
            throw new BadInputException(
                    "--until-steady",
                    "a steady-state warmup needs the closed model: at a fixed rate the throughput is steady anyway",
                    "leave out --rate, or leave out --until-steady");
        }
        if (rule.slices() < 2
                || rule.slices() % 2 != 0
                || !(rule.tolerance() > 0)
                || rule.slice().toMillis() < 100) {
            throw new BadInputException(
                    "--until-steady",
                    "a steady-state warmup needs an even number of slices (at least 2) of at least 100 ms and a positive tolerance, got "
                            + rule,
                    "e.g. 4 slices of 400 ms, tolerance 0.03");
        }
    }

    private static void positiveRate(double ratePerSecond) {
        if (!(ratePerSecond > 0) || Double.isInfinite(ratePerSecond)) {
            throw new BadInputException(
                    "--rate",
                    "the rate must be a positive number per second, got " + ratePerSecond,
                    "e.g. --rate 1000; leave --rate out for the closed model (--connections N)");
        }
    }

    private static void range(String option, long value, long min, long max, String what) {
        if (value < min || value > max) {
            throw new BadInputException(
                    option,
                    "the number of " + what + " must be between " + min + " and " + max + ", got " + value,
                    "give a value in that range");
        }
    }

    private static void phases(Duration warmup, Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            throw new BadInputException("--duration", "the duration must be positive, got " + duration, "e.g. 10s");
        }
        if (warmup.isNegative()) {
            throw new BadInputException("--warmup", "the warmup cannot be negative, got " + warmup, "e.g. 2s or 0s");
        }
    }

    static void requestClass(RequestClass request) {
        String where = "mix class '" + request.name() + "'";
        if (request.weight() < 1 || request.weight() > 10_000) {
            throw new BadInputException(
                    where, "weight must be 1..10000, got " + request.weight(), "use small integers");
        }
        if (!request.path().startsWith("/")) {
            throw new BadInputException(where, "path must start with '/', got " + request.path(), "e.g. /plaintext");
        }
        if (!request.method().matches("[A-Z]+")) {
            throw new BadInputException(
                    where, "method must be upper-case letters, got " + request.method(), "e.g. GET");
        }
    }

    private static InetSocketAddress target(URI target, String scheme, int defaultPort, boolean allowRemote) {
        String actual = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        if (!actual.equals(scheme)) {
            throw new BadInputException(
                    "URL",
                    "unsupported scheme '" + actual + "' in " + target,
                    "use http://host:port/path for HTTP or ws://host:port/path for WebSocket (no TLS)");
        }
        String host = target.getHost();
        if (host == null || host.isEmpty()) {
            throw new BadInputException("URL", "no host in " + target, "e.g. " + scheme + "://127.0.0.1:8080/");
        }
        if (target.getPort() == 0 || target.getPort() > 65535) {
            throw new BadInputException(
                    "URL",
                    "port " + target.getPort() + " in " + target + " is out of range",
                    "use a port from 1 to 65535");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new BadInputException("URL", "host '" + host + "' does not resolve", "check the spelling");
        }
        if (!allowRemote) {
            for (InetAddress address : addresses) {
                if (!address.isLoopbackAddress()) {
                    throw new BadInputException(
                            "URL",
                            "host '" + host + "' resolves to non-loopback "
                                    + Arrays.stream(addresses)
                                            .map(InetAddress::getHostAddress)
                                            .collect(Collectors.joining(", ")),
                            "load only this machine (127.0.0.1), or pass --allow-remote for a server you own");
                }
            }
        }
        int port = target.getPort() > 0 ? target.getPort() : defaultPort;
        return new InetSocketAddress(addresses[0], port);
    }
}
