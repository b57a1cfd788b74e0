package dev.bakeoff.loadgen;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The definition of one HTTP load: what to send, how fast, for how long. It holds no running
 * state; {@link LoadGenerator#run(HttpLoad, Progress)} validates it and runs it.
 *
 * @param target {@code http://host:port/path}; the path is used when {@code mix} is empty
 * @param shape open model (constant rate) or closed model
 * @param connections fixed number of keep-alive connections
 * @param pipelineDepth requests in flight per connection (1 = no pipelining)
 * @param warmup unmeasured phase before {@code duration}
 * @param duration measured phase
 * @param requestTimeout a request unanswered this long counts as a timeout
 * @param mix weighted request classes; empty means one GET of the target's path
 * @param allowRemote allow a target that does not resolve to loopback
 * @param eventLoopThreads Netty event-loop threads
 * @param steadyState when the warmup may end early (closed model only); {@link SteadyState#FIXED} for never
 */
public record HttpLoad(
        URI target,
        LoadShape shape,
        int connections,
        int pipelineDepth,
        Duration warmup,
        Duration duration,
        Duration requestTimeout,
        List<RequestClass> mix,
        boolean allowRemote,
        int eventLoopThreads,
        SteadyState steadyState) {

    public HttpLoad {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(warmup, "warmup");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(steadyState, "steadyState");
        mix = List.copyOf(mix);
    }

    /** An open-model load at {@code ratePerSecond} with every other setting from {@link Defaults}. */
    public static HttpLoad open(URI target, double ratePerSecond) {
        return withDefaults(target, new LoadShape.OpenModel(ratePerSecond), Defaults.HTTP_CONNECTIONS);
    }

    /** A closed-model load on {@code connections} with every other setting from {@link Defaults}. */
    public static HttpLoad closed(URI target, int connections) {
        return withDefaults(target, new LoadShape.ClosedModel(), connections);
    }

    private static HttpLoad withDefaults(URI target, LoadShape shape, int connections) {
        return new HttpLoad(
                target,
                shape,
                connections,
                Defaults.PIPELINE_DEPTH,
                Defaults.WARMUP,
                Defaults.DURATION,
                Defaults.REQUEST_TIMEOUT,
                List.of(),
                false,
                Defaults.eventLoopThreads(connections),
                SteadyState.FIXED);
    }

    public HttpLoad withPhases(Duration newWarmup, Duration newDuration) {
        return new HttpLoad(
                target,
                shape,
                connections,
                pipelineDepth,
                newWarmup,
                newDuration,
                requestTimeout,
                mix,
                allowRemote,
                eventLoopThreads,
                steadyState);
    }

    public HttpLoad withMix(List<RequestClass> newMix) {
        return new HttpLoad(
                target,
                shape,
                connections,
                pipelineDepth,
                warmup,
                duration,
                requestTimeout,
                newMix,
                allowRemote,
                eventLoopThreads,
                steadyState);
    }

    public HttpLoad withConnections(int newConnections, int newPipelineDepth) {
        return new HttpLoad(
                target,
                shape,
                newConnections,
                newPipelineDepth,
                warmup,
                duration,
                requestTimeout,
                mix,
                allowRemote,
                Defaults.eventLoopThreads(newConnections),
                steadyState);
    }

    /** The same load, its warmup ending early once {@code rule} sees steady throughput. */
    public HttpLoad withSteadyState(SteadyState rule) {
        return new HttpLoad(
                target,
                shape,
                connections,
                pipelineDepth,
                warmup,
                duration,
                requestTimeout,
                mix,
                allowRemote,
                eventLoopThreads,
                rule);
    }

    /** The request classes actually sent: the mix, or one GET of the target's path. */
    public List<RequestClass> effectiveMix() {
        if (!mix.isEmpty()) {
            return mix;
        }
        String path = target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
        String query = target.getRawQuery() == null ? "" : "?" + target.getRawQuery();
        String name = path.length() > 1 ? path.substring(1) : "root";
        return List.of(RequestClass.get(name, path + query));
    }
}
