package dev.bakeoff.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetTest {
    @TempDir
    Path a;

    @TempDir
    Path b;

    @Test
    void theSameRowCountGivesTheSameBytesEverywhere() throws IOException {
        assertThat(Files.readAllBytes(Dataset.ensure(a, 1000))).isEqualTo(Files.readAllBytes(Dataset.ensure(b, 1000)));
    }

    @Test
    void theReportWithoutAFilterCountsEveryRowSortedByRevenue() {
        var report = Dataset.expectedReport(Dataset.ensure(a, 5000), 1);
        assertThat(report.stream().mapToLong(Dataset.RegionTotal::orders).sum()).isEqualTo(5000);
        assertThat(report).isSortedAccordingTo((x, y) -> Long.compare(y.revenueCents(), x.revenueCents()));
    }

    @Test
    void aFilterAboveEveryQuantityGivesAnEmptyReport() {
        assertThat(Dataset.expectedReport(Dataset.ensure(a, 1000), 51)).isEmpty();
    }
}
