package dev.bakeoff.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bakeoff.model.Measurement;
import dev.bakeoff.model.MetricNames;
import dev.bakeoff.model.Workload;
import dev.bakeoff.stats.Observations.Observation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which figure a round's steps give, and what a step without one gives instead. */
class ObservationsTest {
    @Test
    void anEfficiencyStepWithoutAFigureIsAFlaggedCellNeverAZero() {
        Measurement none = Measurement.empty("a", Workload.JSON, "eff", 1)
                .asFlagged("no figure: this step's rate is a share of step max's throughput", Map.of());
        List<Observation> out = Observations.of(Workload.JSON, Map.of("eff", none), 1);
        Observation cpu = out.stream()
                .filter(o -> o.name().equals(MetricNames.APP_CPU_S_PER_1K))
                .findFirst()
                .orElseThrow();
        assertThat(cpu.value()).isNaN();
        assertThat(cpu.flagged()).isTrue();
        assertThat(cpu.note()).contains("no figure");
    }
}
