package dev.bakeoff.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The weighted sum and its flip points against cases computed by hand. */
class WsmTest {
    // Two options, two criteria. A = (0.9, 0.2), B = (0.5, 0.8), w = (0.7, 0.3).
    // S_A = 0.63 + 0.06 = 0.69, S_B = 0.35 + 0.24 = 0.59.
    private static final double[][] R = {{0.9, 0.2}, {0.5, 0.8}};
    private static final double[] W = {0.7, 0.3};

    @Test
    void totalsAreTheWeightedSums() {
        assertThat(Wsm.totals(R, W)).containsExactly(new double[] {0.69, 0.59}, within(1e-12));
    }

    @Test
    void flipPointIsWhereTheOptionsTie() {
        // Criterion 1 (weight t, criterion 0 gets 1 - t): A = 0.9(1-t) + 0.2t, B = 0.5(1-t) + 0.8t.
        // Tie: 0.4(1 - t) = 0.6t, so t = 0.4.
        assertThat(Wsm.tieWeight(R, W, 0, 1, 1)).isCloseTo(0.4, within(1e-12));
        // Symmetric for criterion 0: its weight must fall to 0.6.
        assertThat(Wsm.tieWeight(R, W, 0, 1, 0)).isCloseTo(0.6, within(1e-12));
    }

    @Test
    void noFlipWhenTheWinnerLeadsOnEveryCriterion() {
        double[][] r = {{0.9, 0.9}, {0.5, 0.8}};
        assertThat(Wsm.tieWeight(r, W, 0, 1, 1)).isNaN();
    }

    @Test
    void reweightKeepsTheSumAndTheOtherWeightsInProportion() {
        double[] w = Wsm.reweight(new double[] {0.5, 0.3, 0.2}, 0, 0.8);
        assertThat(w).containsExactly(new double[] {0.8, 0.12, 0.08}, within(1e-12));
    }

    @Test
    void marginAtTheFlipWeightIsZero() {
        double[] atFlip = Wsm.reweight(W, 1, 0.4);
        assertThat(Wsm.margin(R, atFlip, 0)).isCloseTo(0, within(1e-12));
    }

    @Test
    void sensitivityReportsTheFlipAsASentenceAndAStabilityInterval() {
        Candidate a = new Candidate(
                "a", "Alpha", java.util.List.of("x"), java.util.List.of("node"), "a", "", java.util.List.of(), "");
        Candidate b = new Candidate(
                "b", "Beta", java.util.List.of("x"), java.util.List.of("node"), "b", "", java.util.List.of(), "");
        Criterion c0 = new Criterion(
                "speed",
                "Speed",
                java.util.List.of(),
                Verdict.Basis.LOOKED_UP,
                java.util.List.of(),
                0,
                Criterion.HybridRule.MAX,
                java.util.Optional.empty());
        Criterion c1 = new Criterion(
                "ml",
                "ML",
                java.util.List.of(),
                Verdict.Basis.LOOKED_UP,
                java.util.List.of(),
                0,
                Criterion.HybridRule.MAX,
                java.util.Optional.empty());
        ScoreTable table = new ScoreTable(java.util.List.of(a, b), java.util.List.of(c0, c1), R, null);
        var flips = Sensitivity.flips(table, W, 0);
        var ml = flips.stream()
                .filter(f -> f.criterion().equals("ml"))
                .findFirst()
                .orElseThrow();
        assertThat(ml.sentence())
                .isEqualTo("Beta overtakes Alpha if the weight of ML rises from 30% to 40% (other weights rescaled)");
        assertThat(ml.low()).isZero();
        assertThat(ml.high()).isCloseTo(0.4, within(1e-12));
        var tornado = Sensitivity.tornado(table, W, 0);
        // Margin = 0.4 - t for the ML weight t: 0.2 at t = 0.2, 0.0 at t = 0.4; swing 0.2.
        assertThat(tornado.getFirst().swing()).isCloseTo(0.2, within(1e-12));
    }
}
