package dev.bakeoff.advisor;

import dev.bakeoff.model.Metric;
import dev.bakeoff.model.RunMetrics;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Rank-1 acceptability (SMAA): how often each option ranks first when, per sample, the weights are drawn
 * from a Dirichlet distribution centred on the profile's weights (how a paraphrase would shift them),
 * every looked-up fact's score moves by a normal error of {@link #FACT_SD} points of 10, the stated (or
 * assumed) peak load and p99 budget move by a log-normal factor (a reading of "a few thousand" or of
 * "fast" is uncertain), and every measured value is drawn from a normal distribution matching its 95%
 * interval. The seed is fixed so that the same inputs print the same figures.
 */
final class MonteCarlo {
    static final int SAMPLES = 2000;
    static final long SEED = 20_251_123L;
    /** Dirichlet concentration: a 15% weight then varies with a standard deviation of about 5 points. */
    static final double CONCENTRATION = 50;
    /** Keeps zero weights possible but small in the samples. */
    static final double FLOOR = 0.05;
    /** Standard deviation of a looked-up fact's score, in points of 10 (facts are judgements of sources). */
    static final double FACT_SD = 1.0;
    /** Log-normal spread of the peak load: a factor of 2 either way at two standard deviations. */
    static final double LOAD_SIGMA = Math.log(2) / 2;
    /** Log-normal spread of the p99 budget: a factor of 1.5 either way at two standard deviations. */
    static final double P99_SIGMA = Math.log(1.5) / 2;

    static final String DESCRIPTION = "per sample, Dirichlet weights (concentration " + (int) CONCENTRATION
            + ") around the profile's, looked-up facts +/- " + FACT_SD + " point (sd, of 10), peak load x/÷ 2 and"
            + " p99 budget x/÷ 1.5 (2 sd, log-normal)";

    private MonteCarlo() {}

    static List<Verdict.Acceptability> run(
            Scorer scorer, List<Candidate> options, RunMetrics run, double[] w, int samples, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] firsts = new int[options.size()];
        Load load = scorer.load();
        for (int n = 0; n < samples; n++) {
            double[] sampledWeights = Dirichlet.sample(random, w, CONCENTRATION, FLOOR);
            MetricView view = run == null ? null : sampledView(run, random);
            Load sampledLoad = load.scaled(
                    Math.exp(LOAD_SIGMA * Dirichlet.gaussian(random)),
                    Math.exp(P99_SIGMA * Dirichlet.gaussian(random)));
            Map<Fact, Double> facts = new IdentityHashMap<>();
            SplittableRandom factRandom = random.split();
            ScoreTable table = scorer.score(
                    options,
                    new Scorer.Inputs(
                            view,
                            sampledLoad,
                            f -> facts.computeIfAbsent(f, x -> x.score() + FACT_SD * Dirichlet.gaussian(factRandom))),
                    false);
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
