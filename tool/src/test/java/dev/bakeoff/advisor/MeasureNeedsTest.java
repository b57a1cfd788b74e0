package dev.bakeoff.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** advise --measure runs the workloads the profile's verdict reads, and says what it left out. */
class MeasureNeedsTest {
    private static MeasureNeeds needs(String workload) {
        Advisor advisor = Fixtures.advisor();
        return advisor.needs(advisor.parseProfile("name: p\n" + workload, "p.yaml"));
    }

    @Test
    void aPlainApiNeedsStartUpJsonAndIoOnly() {
        MeasureNeeds n = needs("");
        assertThat(n.ids()).containsExactly("json", "io", "startup");
        assertThat(n.skipped()).anyMatch(s -> s.startsWith("db: no database work"));
    }

    @Test
    void eachTraitBringsTheWorkloadThatPricesIt() {
        MeasureNeeds n = needs("workload:\n  cpu_heavy_share: 0.2\n  realtime: core\n  ml: inference\n"
                + "  data_processing: some\n  database: heavy\n");
        assertThat(n.ids()).containsExactly("json", "io", "cpu", "mixed", "data", "ws", "startup", "db", "ml");
        assertThat(n.skipped()).containsExactly("plaintext: json prices every API request");
    }
}
