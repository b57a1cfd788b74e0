package dev.bakeoff.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bakeoff.model.BadInputException;
import dev.bakeoff.model.StackDefinition;
import dev.bakeoff.model.Workload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** stack.yaml's compose: a composed stack resolves to its parts; each bad compose names the file and field. */
class ComposedStacksTest {
    @TempDir
    Path dir;

    private static String app(String name, String language, String workloads) {
        return """
                name: %s
                language: %s
                runtime: R
                framework: F-%s
                summary: test
                websocket: false
                websocket_note: none
                workloads: [%s]
                setup:
                  check: [sh, -c, "true"]
                start:
                  argv: [sh, -c, "true"]
                  ready_timeout_seconds: 10
                workers:
                  per_cpu: 1
                  why: one
                versions:
                  runtime: [sh, -c, "echo 1"]
                  framework: [sh, -c, "echo 1"]
                """.formatted(name, language, name, workloads);
    }

    private static String hybrid(String compose) {
        return "name: hy\nsummary: front calls service\nworkloads: [json, ml]\ncompose: " + compose + "\n";
    }

    private StackCatalog catalog(String hybridYaml) throws IOException {
        write("front", app("front", "JavaScript", "plaintext, json, ml"));
        write("svc", app("svc", "Python", "json, ml"));
        write("hy", hybridYaml);
        return StackCatalog.load(dir, dir);
    }

    private void write(String name, String yaml) throws IOException {
        Files.writeString(Files.createDirectories(dir.resolve(name)).resolve("stack.yaml"), yaml);
    }

    @Test
    void aComposedStackResolvesToItsFrontAndServiceAndWaitsForBoth() throws IOException {
        StackDefinition hy = catalog(hybrid("{front: front, service: svc, env: ML_SERVICE_URL}"))
                .select(List.of("hy"))
                .get(0);

        StackDefinition.Compose c = hy.compose().orElseThrow();
        assertThat(c.frontStack().name()).isEqualTo("front");
        assertThat(c.serviceStack().name()).isEqualTo("svc");
        assertThat(c.env()).isEqualTo("ML_SERVICE_URL");
        assertThat(c.path()).isEqualTo("/ml/predict");
        assertThat(hy.language()).isEqualTo("JavaScript + Python");
        assertThat(hy.framework()).isEqualTo("F-front in front of F-svc");
        assertThat(hy.workloads()).containsExactlyInAnyOrder(Workload.JSON, Workload.ML);
        assertThat(hy.start().readyTimeout()).hasSeconds(20); // the front's and the service's
        assertThat(hy.start().argv()).isEqualTo(c.frontStack().start().argv());
    }

    @Test
    void aComposeNamingAnUnknownStackIsRejectedWithTheFileAndField() {
        assertThatThrownBy(() -> catalog(hybrid("{front: front, service: nope, env: ML_SERVICE_URL}")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("hy/stack.yaml")
                .hasMessageContaining("compose.service")
                .hasMessageContaining("unknown stack 'nope'");
    }

    @Test
    void aComposeNamingItselfIsRejected() {
        assertThatThrownBy(() -> catalog(hybrid("{front: hy, service: svc, env: ML_SERVICE_URL}")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("hy/stack.yaml")
                .hasMessageContaining("front")
                .hasMessageContaining("names this stack itself");
    }

    @Test
    void aComposeWithoutItsEnvIsRejected() {
        assertThatThrownBy(() -> catalog(hybrid("{front: front, service: svc}")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("hy/stack.yaml")
                .hasMessageContaining("env");
    }

    @Test
    void aComposeWhoseFrontIsItsServiceOrWhoseEnvIsNoVariableIsRejected() {
        assertThatThrownBy(() -> catalog(hybrid("{front: svc, service: svc, env: ML_SERVICE_URL}")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("service");
        assertThatThrownBy(() -> catalog(hybrid("{front: front, service: svc, env: ml-url}")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("env");
    }

    @Test
    void aComposedStackMayListOnlyWorkloadsItsFrontServes() {
        String yaml = "name: hy\nsummary: s\nworkloads: [cpu]\ncompose: {front: front, service: svc, env: X}\n";
        assertThatThrownBy(() -> catalog(yaml))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("workloads")
                .hasMessageContaining("cpu");
    }

    @Test
    void aComposedStackHasNoSetupOrStartOfItsOwn() {
        String yaml = hybrid("{front: front, service: svc, env: X}") + "start:\n  argv: [x]\n";
        assertThatThrownBy(() -> catalog(yaml))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("start");
    }
}
