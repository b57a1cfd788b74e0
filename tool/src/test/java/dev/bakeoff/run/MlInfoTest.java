package dev.bakeoff.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bakeoff.model.MetricNames;
import org.junit.jupiter.api.Test;

/** The model load time an ml step reads from the app's /ml/info. */
class MlInfoTest {
    @Test
    void theLoadTimeComesFromTheAppsMlInfo() {
        assertThat(MlInfo.parse("{\"engine\":\"onnx\",\"load_ms\":12.5,\"engines\":{\"onnx\":12.5}}"))
                .containsEntry(MetricNames.ML_LOAD_MS, 12.5);
        assertThat(MlInfo.parse("{\"engine\":\"onnx\"}")).isEmpty();
    }
}
