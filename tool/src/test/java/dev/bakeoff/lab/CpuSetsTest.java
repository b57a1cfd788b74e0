package dev.bakeoff.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bakeoff.model.CpuPlan;
import java.util.List;
import org.junit.jupiter.api.Test;

class CpuSetsTest {
    @Test
    void twoCoresGiveOneToTheAppAndKeepCoreZeroForTheLoadGenerator() {
        CpuPlan plan = CpuSets.plan(List.of(0, 1), 0);
        assertThat(plan.appList()).isEqualTo("1");
        assertThat(plan.loadList()).isEqualTo("0");
        assertThat(plan.shared()).isFalse();
    }

    @Test
    void theAppNeverTakesEveryCore() {
        CpuPlan plan = CpuSets.plan(List.of(0, 1, 2, 3), 8);
        assertThat(plan.appCpus()).containsExactly(1, 2, 3);
        assertThat(plan.loadCpus()).containsExactly(0);
    }

    @Test
    void oneCoreIsSharedAndSaysSo() {
        assertThat(CpuSets.plan(List.of(0), 0).shared()).isTrue();
    }

    @Test
    void parsesKernelCpuLists() {
        assertThat(CpuSets.parseList("0-2,5,7-8")).containsExactly(0, 1, 2, 5, 7, 8);
    }
}
