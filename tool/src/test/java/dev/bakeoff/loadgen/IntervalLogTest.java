package dev.bakeoff.loadgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntervalLogTest {

    @Test
    void writesOneTaggedHistogramPerClassPerSecondThatHdrHistogramCanRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("run.hlog");
        long recorded;
        try (TestHttpServer server = TestHttpServer.healthy();
                IntervalLog log = IntervalLog.open(file, "--hlog", Progress.NONE)) {
            HttpLoad load = HttpLoad.open(server.uri("/plaintext"), 100)
                    .withConnections(2, 1)
                    .withPhases(Duration.ZERO, Duration.ofSeconds(2));
            recorded = LoadGenerator.run(load, log).correctedMicros().getTotalCount();
        }
        HistogramLogReader reader = new HistogramLogReader(new File(file.toString()));
        int intervals = 0;
        long total = 0;
        for (Histogram h; (h = (Histogram) reader.nextIntervalHistogram()) != null; ) {
            assertThat(h.getTag()).isEqualTo("plaintext");
            intervals++;
            total += h.getTotalCount();
        }
        assertThat(intervals).isEqualTo(2);
        assertThat(total).isBetween(recorded - 5, recorded);
    }
}
