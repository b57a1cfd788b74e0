package dev.bakeoff.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Rank-1 acceptability: reproducible, and sampling around the user's weights. */
class MonteCarloTest {

    @Test
    void theSameInputsGiveTheSameProbabilities() {
        Profile p = Fixtures.example("realtime-chat");
        Verdict a = Fixtures.advisor().advise(p, Fixtures.run());
        Verdict b = Fixtures.advisor().advise(p, Fixtures.run());
        assertThat(a.sensitivity().acceptability()).isEqualTo(b.sensitivity().acceptability());
        assertThat(a.sensitivity().acceptability().stream()
                        .mapToDouble(Verdict.Acceptability::probabilityFirst)
                        .sum())
                .isCloseTo(1.0, within(1e-9));
    }

    @Test
    void dirichletSamplesAverageToTheUsersWeights() {
        double[] w = {0.6, 0.3, 0.1};
        double[] mean = new double[3];
        SplittableRandom random = new SplittableRandom(1);
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            double[] x = Dirichlet.sample(random, w, MonteCarlo.CONCENTRATION, 0);
            for (int j = 0; j < 3; j++) {
                mean[j] += x[j] / n;
            }
        }
        assertThat(mean).containsExactly(w, within(0.01));
    }

    @Test
    void gammaWithShapeBelowOneHasTheRightMean() {
        SplittableRandom random = new SplittableRandom(2);
        double sum = 0;
        int n = 50_000;
        for (int i = 0; i < n; i++) {
            sum += Dirichlet.gamma(random, 0.3);
        }
        assertThat(sum / n).isCloseTo(0.3, within(0.02));
    }

    @Test
    void aClearWinnerRanksFirstInMostSamples() {
        Verdict v = Fixtures.advisor().advise(Fixtures.example("typescript-team"), Fixtures.run());
        assertThat(v.sensitivity().acceptability().getFirst().option())
                .isEqualTo(v.winner().id());
        assertThat(v.sensitivity().acceptability().getFirst().probabilityFirst())
                .isGreaterThan(0.5);
    }
}
