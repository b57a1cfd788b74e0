package dev.bakeoff.advisor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bakeoff.model.Metric;
import dev.bakeoff.model.RunMetrics;
import dev.bakeoff.model.Workload;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Test inputs: the labelled run fixture (see its _fixture note) and the example profiles. */
final class Fixtures {
    private static final Advisor ADVISOR = Advisor.load();

    private Fixtures() {}

    static Advisor advisor() {
        return ADVISOR;
    }

    private static final Knowledge KB = Knowledge.load();

    static Knowledge kb() {
        return KB;
    }

    /** The good fixture: a quick run recorded by this tool (see its _fixture note). */
    static RunMetrics run() {
        return recorded("run-good.json");
    }

    /** The degraded fixture: a quick run recorded on the same machine under contention (see its _fixture note). */
    static RunMetrics degraded() {
        return recorded("run-degraded.json");
    }

    static RunMetrics recorded(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/advisor/" + name)) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<Metric> metrics = new ArrayList<>();
            for (JsonNode m : root.get("metrics")) {
                metrics.add(new Metric(
                        m.get("stack").asText(),
                        Workload.byId(m.get("workload").asText()).orElseThrow(),
                        m.get("name").asText(),
                        m.get("median").asDouble(),
                        m.get("low").asDouble(),
                        m.get("high").asDouble(),
                        m.get("unit").asText(),
                        m.get("higherIsBetter").asBoolean(),
                        m.get("trials").asInt(),
                        m.get("flagged").asBoolean(),
                        m.get("note").asText()));
            }
            return new RunMetrics(
                    root.get("runId").asText(),
                    Instant.parse(root.get("started").asText()),
                    root.get("environment").asText(),
                    root.get("preset").asText(),
                    metrics);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A copy of {@code run} with ml workload metrics added for the named stacks (the recorded fixtures have
     * none): per stack {cpu-s per 1k predictions, batch-1 p99 ms, RSS MiB}, each with a +/-5% interval.
     */
    static RunMetrics withMl(RunMetrics run, java.util.Map<String, double[]> ml) {
        List<Metric> metrics = new ArrayList<>(run.metrics());
        ml.forEach((stack, v) -> {
            metrics.add(ml(stack, dev.bakeoff.model.MetricNames.ML_CPU_S_PER_1K, v[0], "s"));
            metrics.add(ml(stack, dev.bakeoff.model.MetricNames.ML_B1_P99_MS, v[1], "ms"));
            metrics.add(ml(stack, dev.bakeoff.model.MetricNames.ML_RSS_MIB, v[2], "MiB"));
        });
        return new RunMetrics(run.runId() + "+ml", run.started(), run.environment(), run.preset(), metrics);
    }

    private static Metric ml(String stack, String name, double v, String unit) {
        return new Metric(stack, Workload.ML, name, v, v * 0.95, v * 1.05, unit, false, 3, false, "test fixture");
    }

    /** The examples/ folder of the checkout (tests run from tool/). */
    static Path examples() {
        Path here = Path.of("").toAbsolutePath();
        Path candidate = here.resolve("examples");
        return candidate.toFile().isDirectory() ? candidate : here.getParent().resolve("examples");
    }

    static Profile example(String name) {
        Path file = examples().resolve(name + ".yaml");
        return ADVISOR.readProfile(file, "examples/" + name + ".yaml");
    }

    static Profile profile(String yaml) {
        return ADVISOR.parseProfile(yaml, "test.yaml");
    }
}
