package dev.bakeoff.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoryBudgetTest {
    @TempDir
    Path dir;

    @Test
    void heapsTakeThreeQuartersOfTheBudgetSplitAcrossWorkers() {
        MemoryBudget budget = new MemoryBudget(1024);
        assertThat(budget.heapMib()).isEqualTo(768);
        assertThat(budget.heapMibPerWorker(1)).isEqualTo(768);
        assertThat(budget.heapMibPerWorker(4)).isEqualTo(192);
    }

    @Test
    void workersAreCappedSoThatEachHasItsMinimumShare() {
        MemoryBudget budget = new MemoryBudget(512);
        assertThat(budget.capWorkers(2)).isEqualTo(2);
        assertThat(budget.capWorkers(16)).isEqualTo(4);
        assertThat(budget.capWorkers(0)).isEqualTo(1);
    }

    @Test
    void onlyStacksWhoseStartUsesAHeapPlaceholderClaimAHeapLimit() {
        assertThat(MemoryBudget.usesHeapLimit(TestStacks.stack("stdlib-threaded")))
                .isFalse();
        String line = new MemoryBudget(1024)
                .describe(TestStacks.stack("stdlib-threaded"), new CgroupLimit(false, "no cgroup v2 here"));
        assertThat(line)
                .contains("1024 MiB per app")
                .contains("not enforced by a cgroup: no cgroup v2 here")
                .contains("no heap limit flag");
    }

    @Test
    void cgroupV1MachinesGetNoScope() {
        CgroupLimit limit = CgroupLimit.detect(dir.resolve("sys"), dir.resolve("run"), true);
        assertThat(limit.available()).isFalse();
        assertThat(limit.prefix(1024)).isEmpty();
    }

    @Test
    void cgroupV2WithoutTheMemoryControllerGetsNoScope() throws IOException {
        Files.createDirectories(dir.resolve("sys"));
        Files.writeString(dir.resolve("sys/cgroup.controllers"), "cpuset cpu io pids\n");
        Files.createDirectories(dir.resolve("run"));
        assertThat(CgroupLimit.detect(dir.resolve("sys"), dir.resolve("run"), true)
                        .why())
                .contains("without the memory controller");
    }

    @Test
    void cgroupV2WithMemoryAndSystemdRunsTheAppInAScopeCappedAtTheBudget() throws IOException {
        Files.createDirectories(dir.resolve("sys"));
        Files.writeString(dir.resolve("sys/cgroup.controllers"), "cpuset cpu io memory pids\n");
        Files.createDirectories(dir.resolve("run"));
        CgroupLimit limit = CgroupLimit.detect(dir.resolve("sys"), dir.resolve("run"), true);
        assertThat(limit.available()).isTrue();
        assertThat(limit.prefix(1024)).startsWith("systemd-run", "--scope").contains("MemoryMax=1024M");
        assertThat(CgroupLimit.detect(dir.resolve("sys"), dir.resolve("run"), false)
                        .available())
                .isFalse();
    }
}
