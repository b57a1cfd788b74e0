package dev.bakeoff.advisor;

import dev.bakeoff.model.MetricNames;
import dev.bakeoff.model.Workload;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Measured criteria as fit: each scores 1 when the stack meets that part of the requirements with
 * headroom, else the share of the requirement it reaches (budget / p99, available / needed cores or
 * memory). Never a ratio to the best stack: stacks that all meet a requirement are equal on it. Where a
 * stack has no usable measurement, the knowledge-base prior stands in and the evidence says so.
 */
final class FitScores {
    /** Cold start a serverless or scale-to-zero deployment tolerates (judgement; shown with the score). */
    static final double COLD_START_MS = 1000;

    private final Knowledge kb;
    private final Scorer.Inputs in;
    private final Map<String, Fit.StackFit> fits;
    private final boolean explain;

    FitScores(Knowledge kb, Scorer.Inputs in, Map<String, Fit.StackFit> fits, boolean explain) {
        this.kb = kb;
        this.in = in;
        this.fits = fits;
        this.explain = explain;
    }

    Map<String, Scorer.Cell> column(Criterion c) {
        Map<String, Scorer.Cell> cells = new LinkedHashMap<>();
        Load load = in.load();
        double cheapest = fits.values().stream()
                .filter(f -> f.outcome() != Fit.Outcome.NOT_MEASURED)
                .mapToDouble(Fit.StackFit::coreEquivalents)
                .min()
                .orElse(1);
        for (Candidate s : kb.stacks()) {
            Fact fact = kb.fact(c.id(), s.id()).orElseThrow();
            Fit.StackFit f = fits.get(s.id());
            Optional<Part> part = f == null || f.outcome() == Fit.Outcome.NOT_MEASURED
                    ? Optional.empty()
                    : part(c.id(), s.id(), f, load, cheapest);
            if (part.isEmpty()) {
                String why = in.view() == null
                        ? "no run available; "
                        : (f == null ? "" : String.join(", ", f.missing())) + " not usable in the run; prior: ";
                cells.put(
                        s.id(),
                        new Scorer.Cell(
                                fact.unitScore(),
                                explain ? Scorer.factEvidence(Verdict.Evidence.Kind.PRIOR, fact, why) : null));
                continue;
            }
            double factScore = Math.max(0, Math.min(10, in.fact().applyAsDouble(fact))) / 10;
            double score = (1 - c.factShare()) * part.get().score() + c.factShare() * factScore;
            Verdict.Evidence ev = null;
            if (explain) {
                String text =
                        part.get().text() + " -> " + Format.score(part.get().score());
                if (c.factShare() > 0) {
                    text += "; blended " + Format.pct(c.factShare()) + " with fact " + Format.num(fact.score())
                            + "/10: " + fact.rationale();
                }
                ev = new Verdict.Evidence(
                        Verdict.Evidence.Kind.MEASURED,
                        text,
                        "run " + in.view().run().runId(),
                        Scorer.runDate(in.view().run()));
            }
            cells.put(s.id(), new Scorer.Cell(score, ev));
        }
        return cells;
    }

    record Part(double score, String text) {}

    private Optional<Part> part(String criterion, String stack, Fit.StackFit f, Load load, double cheapest) {
        double budget = load.p99Ms();
        return switch (criterion) {
            case "io_performance" -> {
                double cores = Math.min(1, load.cores() / Math.max(1e-9, f.coresNeeded()));
                double latency = Double.isNaN(f.apiP99()) ? 1 : within(budget, f.apiP99());
                yield Optional.of(new Part(cores * latency, f.sentence(load)));
            }
            case "cpu_work" -> {
                if (load.cpuShare() <= 0) {
                    yield Optional.of(new Part(1, "no CPU-heavy requests in the profile: no requirement"));
                }
                yield Double.isNaN(f.cpuP99())
                        ? Optional.empty()
                        : Optional.of(new Part(
                                within(budget, f.cpuP99()),
                                "cheap requests' p99 while CPU work runs " + Format.num(Fit.round(f.cpuP99()))
                                        + " ms vs budget " + Format.num(budget) + " ms"));
            }
            case "data_processing" -> {
                if (load.dataShare() <= 0) {
                    yield Optional.of(new Part(1, "no data requests in the profile: no requirement"));
                }
                yield Double.isNaN(f.dataP99())
                        ? Optional.empty()
                        : Optional.of(new Part(
                                within(budget, f.dataP99()),
                                "data report p99 " + Format.num(Fit.round(f.dataP99())) + " ms at "
                                        + Format.qty(load.rows()) + " rows ("
                                        + (Fit.dataFit(in.view(), stack).isPresent()
                                                ? "scaled along its fitted a + b*N"
                                                : "linear in rows: no a + b*N fit in the run")
                                        + ") vs budget "
                                        + Format.num(budget) + " ms"));
            }
            case "scalability" -> {
                double available = load.cores() * kb.fit().gibPerCore() * 1024;
                yield Optional.of(new Part(
                        Math.min(1, available / Math.max(1, f.memoryMib())),
                        Format.qty(f.memoryMib()) + " MiB needed of " + Format.qty(available) + " MiB ("
                                + Format.num(load.cores()) + " cores x "
                                + Format.num(kb.fit().gibPerCore())
                                + " GiB)"));
            }
            case "realtime" -> {
                if (!load.realtime()) {
                    yield Optional.of(new Part(1, "no real-time requirement in the profile"));
                }
                yield Double.isNaN(f.fanoutP99())
                        ? Optional.empty()
                        : Optional.of(new Part(
                                within(budget, f.fanoutP99()),
                                "WebSocket fan-out p99 " + Format.num(Fit.round(f.fanoutP99())) + " ms vs budget "
                                        + Format.num(budget) + " ms"));
            }
            case "hosting_cost" -> {
                // The smallest deployment is one core-equivalent: below it, every option costs the same.
                double floor = Math.max(1, cheapest);
                double own = Math.max(1, f.coreEquivalents());
                yield Optional.of(new Part(
                        Math.min(1, floor / own),
                        Format.num(Fit.round(f.coresNeeded())) + " cores + " + Format.qty(f.memoryMib())
                                + " MiB = " + Format.num(Fit.round(f.coreEquivalents()))
                                + " core-equivalents (about USD "
                                + Format.qty(Math.max(1, f.coreEquivalents())
                                        * kb.fit().usdPerCoreMonth())
                                + "/month; at least one core-equivalent)"));
            }
            case "future_proofing" -> {
                Optional<Double> ready = Fit.metric(in.view(), stack, Workload.STARTUP, MetricNames.READY_MS)
                        .map(m -> in.view().value().applyAsDouble(m));
                yield ready.map(r -> new Part(
                        within(COLD_START_MS, r),
                        "ready in " + Format.qty(r) + " ms vs a " + Format.qty(COLD_START_MS)
                                + " ms cold-start budget"));
            }
            case "ai_ml" -> {
                Inference i = f.inference();
                if (!i.measured()) {
                    yield Optional.empty();
                }
                double cores = load.peakRps() * i.secondsPerRequest() / kb.fit().targetUtilisation();
                double cpu = Math.min(1, load.cores() / Math.max(1e-9, cores));
                double latency = Double.isNaN(i.p99Ms()) ? 1 : within(budget, i.p99Ms());
                yield Optional.of(new Part(
                        cpu * latency,
                        "in-process inference measured: " + i.text() + " (needs " + Format.num(Fit.round(cores))
                                + " of " + Format.num(load.cores()) + " cores; p99 budget " + Format.num(budget)
                                + " ms)"));
            }
            default -> Optional.empty();
        };
    }

    /** 1 within the budget, else the share of the budget the value reaches. */
    static double within(double budget, double value) {
        return value <= budget ? 1 : budget / value;
    }
}
