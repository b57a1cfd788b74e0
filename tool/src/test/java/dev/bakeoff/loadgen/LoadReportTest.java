package dev.bakeoff.loadgen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class LoadReportTest {

    private static Histogram histogram(long... micros) {
        Histogram h = LoopStats.newHistogram();
        for (long v : micros) {
            h.recordValue(v);
        }
        return h;
    }

    private static HttpResult result() {
        HttpLoad load = HttpLoad.open(URI.create("http://127.0.0.1:8080/"), 100)
                .withMix(List.of(
                        new RequestClass("cheap", "GET", "/a", Map.of(), "", 3),
                        new RequestClass("heavy", "GET", "/b", Map.of(), "", 1)));
        Histogram cheap = histogram(1_000, 2_000, 3_000);
        Histogram heavy = histogram(900_000);
        Histogram all = histogram(1_000, 2_000, 3_000, 900_000);
        return new HttpResult(
                load,
                List.of(new ClassResult("cheap", 3, 0, cheap, cheap), new ClassResult("heavy", 1, 1, heavy, heavy)),
                all,
                all,
                new ErrorCounts(0, 0, 0, 1, 0),
                4,
                10,
                0.4,
                List.of(new IntervalStats(false, 0, 1, 4, 1, 2_000, 900_000, 900_000)),
                RateSeries.NONE,
                0.5,
                histogram(20),
                true,
                "load generator CPU at 95% of its cores",
                "epoll");
    }

    @Test
    void textShowsTheSpectrumPerClassTableErrorsAndSaturation() {
        String text = LoadReport.text(result());
        assertThat(text)
                .contains("Latency Distribution (HdrHistogram - Recorded Latency)")
                .contains(" 50.000%    2.00ms")
                .contains("Detailed Percentile spectrum")
                .contains("heavy")
                .contains("non-2xx 1")
                .contains("Requests/sec:       0.40 (target 100)")
                .contains("WARNING: the load generator saturated");
    }

    @Test
    void jsonCarriesPercentilesInMicrosAndTheFullHistogram() throws Exception {
        JsonNode json = new ObjectMapper().readTree(LoadReport.json(result()));
        assertThat(json.get("model").asText()).isEqualTo("open");
        assertThat(json.get("saturated").asBoolean()).isTrue();
        JsonNode heavy = json.get("classes").get(1).get("correctedMicros");
        assertThat(heavy.get("p99").asLong()).isBetween(899_000L, 901_000L);
        byte[] encoded = Base64.getDecoder().decode(heavy.get("hdrBase64").asText());
        Histogram decoded = Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(encoded), 0);
        assertThat(decoded.getTotalCount()).isEqualTo(1);
        assertThat(json.get("timeline").get(0).get("p99Micros").asLong()).isEqualTo(900_000);
    }
}
