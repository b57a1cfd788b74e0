package dev.bakeoff.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentTest {
    @Test
    void withVersionsNamesEachStacksRuntimeAndFrameworkButNotItsInstallDetails() {
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put("node-fastify", "Node.js 24.22.3 LTS Krypton / Fastify 5.12.8; installed: managed: x; memory y");
        versions.put("python-django", "CPython 3.11.7 / Django 5.2.17; installed: managed: venv z");
        Environment env = new Environment("cpu", 2, 4096, "os", "k", "25", "dev", "abc", versions, 0, 0);
        assertThat(env.withVersions())
                .startsWith(env.oneLine())
                .contains("; node-fastify: Node.js 24.22.3 LTS Krypton / Fastify 5.12.8; python-django: CPython 3.11.7"
                        + " / Django 5.2.17")
                .doesNotContain("installed:");
    }
}
