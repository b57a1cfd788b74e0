package dev.bakeoff.advisor;

import dev.bakeoff.model.Metric;
import dev.bakeoff.model.RunMetrics;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Rank-1 acceptability (SMAA): how often each option ranks first when the weights are drawn from a
 * Dirichlet distribution centred on the user's weights and every measured value is drawn from a normal
 * distribution matching its 95% interval. The seed is fixed so that the same inputs print the same figures.
 */
final class MonteCarlo {
    static final int SAMPLES = 2000;
    static final long SEED = 20_251_123L;
    /** Dirichlet concentration: a 15% weight then varies with a standard deviation of about 5 points. */
    static final double CONCENTRATION = 50;
    /** Keeps zero weights possible but small in the samples. */
    static final double FLOOR = 0.05;

    private MonteCarlo() {}

    static List<Verdict.Acceptability> run(
            Scorer scorer, List<Candidate> options, RunMetrics run, double[] w, int samples, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] firsts = new int[options.size()];
        ScoreTable fixed = run == null ? scorer.score(options, null, false) : null;
        for (int n = 0; n < samples; n++) {
            double[] sampledWeights = Dirichlet.sample(random, w, CONCENTRATION, FLOOR);
            ScoreTable table = fixed != null ? fixed : scorer.score(options, sampledView(run, random), false);
            firsts[Wsm.best(Wsm.totals(table.scores(), sampledWeights))]++;
        }
        List<Verdict.Acceptability> result = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            result.add(new Verdict.Acceptability(options.get(i).id(), (double) firsts[i] / samples));
        }
        result.sort((a, b) -> Double.compare(b.probabilityFirst(), a.probabilityFirst()));
        return result;
    }

    private static MetricView sampledView(RunMetrics run, SplittableRandom random) {
        Map<Metric, Double> values = new IdentityHashMap<>();
        for (Metric m : run.metrics()) {
            double sd = (m.high() - m.low()) / (2 * 1.96);
            values.put(m, Math.max(m.median() * 0.01, m.median() + sd * Dirichlet.gaussian(random)));
        }
        return new MetricView(run, values::get, false);
    }
}
