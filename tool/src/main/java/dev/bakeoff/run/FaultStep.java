package dev.bakeoff.run;

import dev.bakeoff.lab.AppProcess;
import dev.bakeoff.loadgen.LoadShape;
import dev.bakeoff.loadgen.Progress;
import dev.bakeoff.model.Measurement;
import dev.bakeoff.model.MetricNames;
import dev.bakeoff.plan.Defaults;
import dev.bakeoff.plan.ServiceFault;
import dev.bakeoff.plan.StepSpec;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * A composed stack's service made to fail under load (see {@link StepSpec.Fault}): the lab hangs (SIGSTOP) or
 * kills (SIGKILL) the service, loads the front at the step's fixed rates while it stays failed, then brings it
 * back (SIGCONT, or a restart on the same port) and times how long the front takes to answer the forwarded
 * route again. Errors here are the figure, not a failed cell; only a front that dies or never recovers is.
 */
final class FaultStep {
    private static final Duration PROBE_EVERY = Duration.ofMillis(50);

    private FaultStep() {}

    static Measurement run(
            StepRunner steps, AppProcess app, String stack, StepSpec.Fault f, int round, Progress progress) {
        app.signalService(f.fault() == ServiceFault.STALL ? "STOP" : "KILL");
        Measurement m;
        try {
            m = steps.http(
                    app,
                    stack,
                    f,
                    round,
                    new LoadShape.OpenModel(f.rate()),
                    f.connections(),
                    f.mix(),
                    f.settleSeconds(),
                    f.measureSeconds(),
                    RunDefaults.REQUEST_TIMEOUT_SECONDS,
                    progress);
        } finally {
            if (f.fault() == ServiceFault.STALL) {
                app.signalService("CONT");
            } else {
                app.restartService();
            }
        }
        Map<String, Double> values = new HashMap<>(m.values());
        values.putAll(failedShares(m));
        StepSpec.Request forwarded = f.mix().getFirst();
        double recovered = recoveryMillis(app, forwarded);
        if (Double.isNaN(recovered)) {
            return Measurement.failed(
                    stack,
                    f.workload(),
                    f.level(),
                    round,
                    stack + "'s front did not answer " + forwarded.path() + " with 200 within "
                            + (int) Defaults.FAULT_RECOVERY_SECONDS + " s of its service coming back"
                            + HealthProbe.logTail(app, stack, 15));
        }
        values.put(MetricNames.FAULT_RECOVERY_MS, recovered);
        return m.with(m.note(), values);
    }

    /**
     * Per request class, the share of the planned requests that got no 2xx answer in the measured phase (an
     * error answer, or none in time): {@code failed_share:<class>}.
     */
    static Map<String, Double> failedShares(Measurement m) {
        Map<String, Double> out = new HashMap<>();
        m.values().forEach((key, planned) -> {
            if (key.startsWith("planned:") && planned > 0) {
                String c = key.substring("planned:".length());
                double answered = m.values().getOrDefault("answered:" + c, 0.0);
                double errors = m.values().getOrDefault("non2xx:" + c, 0.0);
                out.put("failed_share:" + c, Math.min(1, Math.max(0, 1 - (answered - errors) / planned)));
            }
        });
        return out;
    }

    /** Milliseconds until the front answers {@code r} with 200 again, NaN after the recovery limit. */
    private static double recoveryMillis(AppProcess app, StepSpec.Request r) {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(1))
                .build();
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(app.baseUrl() + r.path())).timeout(Duration.ofSeconds(2));
        HttpRequest request = r.method().equals("POST")
                ? b.header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(r.body()))
                        .build()
                : b.GET().build();
        long start = System.nanoTime();
        long deadline = start
                + Duration.ofMillis((long) (Defaults.FAULT_RECOVERY_SECONDS * 1000))
                        .toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - start) / 1e6;
                }
            } catch (IOException e) {
                // the front itself did not answer: keep asking until the limit
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Double.NaN;
            }
            try {
                Thread.sleep(PROBE_EVERY);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Double.NaN;
            }
        }
        return Double.NaN;
    }
}
