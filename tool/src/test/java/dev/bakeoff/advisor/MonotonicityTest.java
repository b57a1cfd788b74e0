package dev.bakeoff.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bakeoff.model.Metric;
import dev.bakeoff.model.MetricNames;
import dev.bakeoff.model.RunMetrics;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/**
 * Monotonicity of the method on the recorded good run: more team skill in the winner's language never
 * makes it lose, and making an option that already meets every requirement (with headroom beyond the
 * Monte Carlo's spread) faster changes nothing. Tries are few because each verdict runs 2,000 samples.
 */
@Tag("e2e")
class MonotonicityTest {
    private static final Set<String> FASTER_IS_HIGHER = Set.of(MetricNames.CAPACITY_PER_CORE, MetricNames.MAX_RPS);
    private static final Set<String> FASTER_IS_LOWER = Set.of(
            MetricNames.P99_MS, MetricNames.P50_MS, MetricNames.MIXED_CHEAP_P99_MS, MetricNames.WS_FANOUT_P99_MS);

    @Provide
    Arbitrary<String> profiles() {
        Arbitrary<Integer> skill = Arbitraries.integers().between(0, 5);
        Arbitrary<String> workload = Combinators.combine(
                        Arbitraries.of("none", "some", "core"),
                        Arbitraries.of("none", "inference", "training", "llm-orchestration"),
                        Arbitraries.of("none", "some", "core"),
                        Arbitraries.of(0.0, 0.1, 0.3),
                        Arbitraries.of(20L, 500L, 20_000L))
                .as((rt, ml, data, cpu, conn) -> "workload: {realtime: " + rt + ", ml: " + ml + ", data_processing: "
                        + data + ", cpu_heavy_share: " + cpu + ", concurrent_connections: " + conn + "}\n");
        Arbitrary<String> team = Combinators.combine(skill, skill, skill, Arbitraries.of("none", "typescript"))
                .as((js, py, java, fe) -> "team: {skills: {javascript: " + js + ", python: " + py + ", java: " + java
                        + "}, frontend: " + fe + "}\n");
        Arbitrary<String> priorities = Combinators.combine(skill, skill, skill)
                .as((perf, ttm, sec) -> "priorities: {performance: " + perf + ", time_to_market: " + ttm
                        + ", security: " + sec + "}\n");
        Arbitrary<String> requirements = Arbitraries.of(
                "", "requirements: {peak_rps: 50, p99_ms: 500}\n", "requirements: {peak_rps: 2000, p99_ms: 50}\n");
        return Combinators.combine(workload, team, priorities, requirements)
                .as((w, t, p, r) -> "name: generated\n" + w + t + p + r);
    }

    @Property(tries = 25, seed = "20261202")
    void statingThatTheTeamKnowsTheWinnersLanguageNeverMakesItLose(@ForAll("profiles") String yaml) {
        Advisor a = Fixtures.advisor();
        Verdict before = a.advise(a.parseProfile(yaml, "generated.yaml"), Fixtures.run());
        Assume.that(!before.winner().hybrid());
        String language = Fixtures.kb()
                .candidate(before.winner().id())
                .orElseThrow()
                .languages()
                .getFirst();
        String raised = yaml.replaceAll(language + ": \\d", language + ": 5");
        Verdict after = a.advise(a.parseProfile(raised, "generated.yaml"), Fixtures.run());
        assertThat(ArticleCheck.family(after.winner().id()))
                .as("%s -> %s", yaml, raised)
                .isEqualTo(ArticleCheck.family(before.winner().id()));
    }

    @Property(tries = 60, maxDiscardRatio = 20, seed = "20261202")
    void makingAnOptionThatAlreadyMeetsEveryRequirementFasterChangesNothing(
            @ForAll("profiles") String yaml, @ForAll("stacks") String stack) {
        Advisor a = Fixtures.advisor();
        Profile profile = a.parseProfile(yaml, "generated.yaml");
        Assume.that(meetsWithRoom(profile, stack));
        RunMetrics faster = faster(Fixtures.run(), stack, 3);
        Verdict before = a.advise(profile, Fixtures.run());
        Verdict after = a.advise(profile, faster);
        assertThat(after.ranking())
                .extracting(Verdict.RankedOption::id)
                .containsExactlyElementsOf(
                        before.ranking().stream().map(Verdict.RankedOption::id).toList());
        assertThat(after.sensitivity().acceptability())
                .isEqualTo(before.sensitivity().acceptability());
    }

    @Provide
    Arbitrary<String> stacks() {
        return Arbitraries.of(Fixtures.kb().stacks().stream().map(Candidate::id).toList());
    }

    /** Meets 8x the load at 1/2.25 the p99 budget with every figure 3 interval half-widths worse. */
    private static boolean meetsWithRoom(Profile profile, String stack) {
        RunMetrics run = Fixtures.run();
        MetricView worst = new MetricView(
                run,
                m -> m.higherIsBetter()
                        ? m.median() - 3 * (m.median() - m.low())
                        : m.median() + 3 * (m.high() - m.median()),
                false);
        Load load = Load.of(Fixtures.kb().fit(), profile).scaled(8, 1 / 2.25);
        Candidate c = Fixtures.kb().candidate(stack).orElseThrow();
        Fit.StackFit f =
                Fit.of(stack, c.runtimes().getFirst(), load, Fixtures.kb().fit(), worst);
        boolean fanout = !load.realtime() || (!Double.isNaN(f.fanoutP99()) && f.fanoutP99() <= load.p99Ms());
        boolean parts = (load.cpuShare() == 0 || !Double.isNaN(f.cpuP99()))
                && (load.dataShare() == 0 || !Double.isNaN(f.dataP99()))
                && !Double.isNaN(f.apiP99());
        return f.outcome() == Fit.Outcome.MEETS && f.coreEquivalents() <= 1 && fanout && parts;
    }

    /** The run with {@code stack}'s throughput multiplied and its latencies divided by {@code k}. */
    private static RunMetrics faster(RunMetrics run, String stack, double k) {
        List<Metric> metrics = run.metrics().stream()
                .map(m -> {
                    if (!m.stack().equals(stack)) {
                        return m;
                    }
                    double f = FASTER_IS_HIGHER.contains(m.name()) ? k : FASTER_IS_LOWER.contains(m.name()) ? 1 / k : 1;
                    return new Metric(
                            m.stack(),
                            m.workload(),
                            m.name(),
                            m.median() * f,
                            m.low() * f,
                            m.high() * f,
                            m.unit(),
                            m.higherIsBetter(),
                            m.trials(),
                            m.flagged(),
                            m.note());
                })
                .toList();
        return new RunMetrics(run.runId(), run.started(), run.environment(), run.preset(), metrics);
    }
}
