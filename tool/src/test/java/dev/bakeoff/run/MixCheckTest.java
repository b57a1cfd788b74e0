package dev.bakeoff.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bakeoff.loadgen.ClassResult;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class MixCheckTest {
    private static ClassResult answered(String name, long completed, double planned) {
        Histogram h = new Histogram(3);
        return new ClassResult(name, completed, 0, h, h, planned, h);
    }

    @Test
    void aMixWithoutItsCpuRequestsFailsWithTheCounts() {
        // Run 20261202-005646: every mixed cell had 1,255 json answers and 0 cpu where 5 were planned.
        var problem = MixCheck.problem(List.of(answered("json", 1255, 1250), answered("cpu", 0, 5)));
        assertThat(problem)
                .hasValueSatisfying(
                        p -> assertThat(p).contains("cpu 0 of 5 planned").contains("json 1255 of 1250 planned"));
    }

    @Test
    void countsWithinPoissonNoiseOfThePlanPass() {
        assertThat(MixCheck.problem(List.of(answered("json", 1240, 1250), answered("cpu", 4, 5))))
                .isEmpty();
        assertThat(MixCheck.problem(List.of(answered("json", 1250, 1250), answered("cpu", 6, 5))))
                .isEmpty();
    }

    @Test
    void aClassFarAboveItsPlanIsBeyondNoiseToo() {
        // Standard and thorough used to fire bursts of 16 simultaneous jobs instead of 2/s.
        assertThat(MixCheck.problem(List.of(answered("json", 5000, 5000), answered("cpu", 48, 20))))
                .isPresent();
        assertThat(MixCheck.problem(List.of(answered("json", 4700, 5000), answered("cpu", 20, 20))))
                .as("json 6% short: more than noise at 5,000")
                .isPresent();
    }

    @Test
    void poissonTailsAreRight() {
        assertThat(MixCheck.cdf(0, 5)).isCloseTo(Math.exp(-5), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(MixCheck.cdf(5, 5)).isCloseTo(0.615961, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(MixCheck.cdf(1000, 1000)).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void aSingleClassOrAClosedModelHasNoPlanToCheck() {
        assertThat(MixCheck.problem(List.of(answered("json", 10, 1250)))).isEmpty();
        assertThat(MixCheck.problem(List.of(answered("a", 10, 0), answered("b", 0, 0))))
                .isEmpty();
    }
}
