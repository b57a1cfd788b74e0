package dev.bakeoff.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bakeoff.model.Measurement;
import dev.bakeoff.model.Workload;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a service fault counts as failed: any planned call without a 2xx answer in the measured phase. */
class FaultStepTest {
    @Test
    void aCallFailsWhenItsAnswerIsAnErrorOrNeverCame() {
        Measurement m = Measurement.of("h", Workload.ML, "svc-stall", 1)
                .values(Map.of(
                        "planned:ml", 100.0,
                        "answered:ml", 80.0, // 20 never answered in time
                        "non2xx:ml", 30.0, // and 30 answered with an error
                        "planned:json", 200.0,
                        "answered:json", 200.0,
                        "non2xx:json", 0.0))
                .build();

        Map<String, Double> shares = FaultStep.failedShares(m);

        assertThat(shares.get("failed_share:ml")).isEqualTo(0.5);
        assertThat(shares.get("failed_share:json")).isEqualTo(0.0);
    }
}
