package dev.bakeoff.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bakeoff.model.BadInputException;
import dev.bakeoff.model.StackDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackYamlReaderTest {
    @TempDir
    Path dir;

    private static final String GOOD = """
            name: demo
            language: JavaScript
            runtime: Node.js
            framework: Express
            summary: test
            websocket: true
            workloads: [plaintext, ws]
            setup:
              check: [node, -e, "1"]
            start:
              argv: [node, server.js, "--port={port}"]
            workers:
              per_cpu: 1
              why: one event loop per core
            versions:
              runtime: [node, --version]
              framework: [node, -e, "1"]
            """;

    @Test
    void readsAWellFormedDefinition() throws IOException {
        StackDefinition s = read(GOOD);
        assertThat(s.name()).isEqualTo("demo");
        assertThat(s.workers().workersFor(4)).isEqualTo(4);
        assertThat(s.start().readyTimeout()).hasSeconds(60);
    }

    @Test
    void readsTheRuntimesWarmUpFloorAndDefaultsToNone() throws IOException {
        StackDefinition s = read(GOOD + "warmup:\n  min_seconds: 9\n  why: bench/warmup-floor, 2026-11-24\n");
        assertThat(s.warmup().minSeconds()).isEqualTo(9.0);
        assertThat(s.warmup().why()).contains("bench/warmup-floor");
        assertThat(read(GOOD).warmup()).isEqualTo(StackDefinition.WarmupFloor.NONE);
    }

    @Test
    void aWarmUpFloorWithoutItsReasonOrOutOfRangeIsRejected() {
        assertThatThrownBy(() -> read(GOOD + "warmup:\n  min_seconds: 9\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("why");
        assertThatThrownBy(() -> read(GOOD + "warmup:\n  min_seconds: 500\n  why: x\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("min_seconds");
        assertThatThrownBy(() -> read(GOOD + "warmup:\n  min_seconds: 9\n  why: x\n  expected_seconds: 4\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("expected_seconds")
                .hasMessageContaining("below min_seconds");
    }

    @Test
    void readsTheExpectedWarmUpForTheEstimate() throws IOException {
        assertThat(read(GOOD + "warmup:\n  min_seconds: 9\n  why: x\n  expected_seconds: 20\n")
                        .warmup()
                        .expectedSeconds())
                .isEqualTo(20.0);
        assertThat(read(GOOD + "warmup:\n  min_seconds: 9\n  why: x\n").warmup().expectedSeconds())
                .isZero();
    }

    @Test
    void everyReferenceAppDeclaresItsWarmUpFloorFromTheMeasuredCurve() {
        Path stacks = Path.of(System.getProperty("user.dir")).getParent().resolve("stacks");
        for (String name : java.util.List.of(
                "java-spring", "java-vertx", "node-express", "node-fastify", "python-django", "python-fastapi")) {
            StackDefinition s = StackYamlReader.read(stacks.resolve(name).resolve("stack.yaml"), name);
            assertThat(s.warmup().why()).as(name).contains("bench/warmup-curve").contains("bench/RESULTS.md");
        }
        assertThat(StackYamlReader.read(stacks.resolve("java-spring/stack.yaml"), "java-spring")
                        .warmup()
                        .minSeconds())
                .as("Spring Boot's curve: its JIT compilers busy for its first 12-13 s of load")
                .isEqualTo(13.0);
    }

    @Test
    void aNameThatDiffersFromItsFolderIsRejectedWithItsLine() {
        assertThatThrownBy(() -> read(GOOD.replace("name: demo", "name: other")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("demo/stack.yaml:1")
                .hasMessageContaining("folder");
    }

    @Test
    void anUnknownPlaceholderIsRejected() {
        assertThatThrownBy(() -> read(GOOD.replace("{port}", "{prot}")))
                .hasMessageContaining("stack.yaml:11")
                .hasMessageContaining("{prot}");
    }

    @Test
    void anUnknownWorkloadIsRejected() {
        assertThatThrownBy(() -> read(GOOD.replace("[plaintext, ws]", "[plaintext, gpu]")))
                .hasMessageContaining("stack.yaml:7")
                .hasMessageContaining("gpu");
    }

    @Test
    void websocketFalseNeedsAReason() {
        assertThatThrownBy(() -> read(GOOD.replace("websocket: true", "websocket: false")))
                .hasMessageContaining("websocket_note");
    }

    @Test
    void aMissingSectionNamesTheField() {
        assertThatThrownBy(() -> read(GOOD.replace("workers:\n  per_cpu: 1\n  why: one event loop per core\n", "")))
                .hasMessageContaining("required field 'workers' is missing");
    }

    @Test
    void aWorkerRuleNeverGivesFewerThanItsMinimum() {
        assertThat(new StackDefinition.WorkerRule(0.5, 2, "x").workersFor(1)).isEqualTo(2);
        assertThat(new StackDefinition.WorkerRule(0.5, 1, "x").workersFor(8)).isEqualTo(4);
    }

    @Test
    void aManagedNodeVersionAndTheRuntimeSourceAreRead() throws IOException {
        StackDefinition s = read(GOOD.replace("  check: [node", "  node: 24.22.3\n  runtime: system\n  check: [node"));
        assertThat(s.setup().node()).contains("24.22.3");
        assertThat(s.setup().runtime()).isEqualTo(StackDefinition.RuntimeSource.SYSTEM);
        assertThat(read(GOOD).setup().runtime()).isEqualTo(StackDefinition.RuntimeSource.MANAGED);
    }

    @Test
    void aNodeVersionThatIsNotExactIsRejected() {
        assertThatThrownBy(() -> read(GOOD.replace("  check: [node", "  node: \">=24\"\n  check: [node")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("stack.yaml:9")
                .hasMessageContaining("not an exact version");
    }

    @Test
    void anUnknownRuntimeSourceIsRejected() {
        assertThatThrownBy(() -> read(GOOD.replace("  check: [node", "  runtime: docker\n  check: [node")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("managed or system");
    }

    private StackDefinition read(String yaml) throws IOException {
        Path stackDir = Files.createDirectories(dir.resolve("demo"));
        Path file = Files.writeString(stackDir.resolve("stack.yaml"), yaml);
        return StackYamlReader.read(file, "demo/stack.yaml");
    }
}
