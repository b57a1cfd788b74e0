package dev.bakeoff.report;

import dev.bakeoff.model.CpuPlan;
import dev.bakeoff.model.Environment;
import dev.bakeoff.model.Measurement;
import dev.bakeoff.model.MetricNames;
import dev.bakeoff.model.Plan;
import dev.bakeoff.model.RunInfo;
import dev.bakeoff.model.RunStatus;
import dev.bakeoff.model.StoredRun;
import dev.bakeoff.model.Workload;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/** A small stored run of two stacks over every workload, with real encoded histograms. */
final class ReportFixtures {
    static final List<String> STACKS = List.of("node-fastify", "python-fastapi");

    private ReportFixtures() {}

    static StoredRun run() {
        List<Measurement> ms = new ArrayList<>();
        for (int round = 1; round <= 2; round++) {
            for (int s = 0; s < STACKS.size(); s++) {
                String stack = STACKS.get(s);
                double speed = s == 0 ? 1.0 : 0.4;
                for (Workload w : List.of(Workload.PLAINTEXT, Workload.JSON, Workload.CPU, Workload.DATA)) {
                    ms.add(m(stack, w, "max", round, 20_000 * speed + round * 100, 900, Map.of()));
                    ms.add(m(stack, w, "fixed", round, 1000, 900 + 800 * s, Map.of()));
                    ms.add(m(stack, w, "capacity", round, 0, 900, Map.of("capacity_rps", 9000 * speed + round)));
                }
                ms.add(m(stack, Workload.IO, "ceiling", round, 1200 * speed, 52_000, Map.of()));
                for (int d : new int[] {50, 1000, 5000}) {
                    ms.add(m(
                            stack,
                            Workload.IO,
                            "d" + d,
                            round,
                            200,
                            d * 1000L + 2_000L * (s + 1),
                            Map.of(
                                    MetricNames.IO_DELAY_MS,
                                    (double) d,
                                    MetricNames.IO_IN_FLIGHT,
                                    200.0 * d / 1000,
                                    MetricNames.IO_OVERHEAD_P50_MS,
                                    1.0 + s,
                                    MetricNames.APP_CPU_S_PER_1K,
                                    0.05 + 0.1 * s)));
                }
                ms.add(m(stack, Workload.MIXED, "baseline", round, 500, 1000, Map.of()));
                ms.add(m(stack, Workload.MIXED, "mixed", round, 500, 1000, Map.of("p99_us:json", 1500.0 + 9000 * s)));
                ms.add(m(stack, Workload.WS, "fanout", round, 100, 2000 + 1000 * s, Map.of()));
                ms.add(m(
                        stack,
                        Workload.WS,
                        "idle",
                        round,
                        0,
                        0,
                        Map.of(MetricNames.WS_KIB_PER_CONNECTION, 12.0 + 30 * s)));
                ms.add(m(
                        stack,
                        Workload.STARTUP,
                        "cold",
                        round,
                        0,
                        0,
                        Map.of(
                                MetricNames.READY_MS,
                                400.0 + 100 * s + round,
                                MetricNames.IDLE_RSS_MIB,
                                60.0 + 20 * s)));
            }
        }
        List<Workload> workloads = Arrays.asList(Workload.values());
        Plan plan = new Plan(
                "quick",
                STACKS,
                workloads,
                2,
                0.5,
                15,
                1.5,
                List.of(new Plan.Step(Workload.PLAINTEXT, "max", "closed model, 64 connections", 2.0)),
                new CpuPlan(List.of(1), List.of(0), false),
                50_000,
                100,
                List.of(),
                List.of());
        Environment env = new Environment(
                "Test CPU",
                2,
                24_000,
                "Debian",
                "6.1",
                "25",
                "0.1.0",
                "abc123",
                Map.of("node-fastify", "Node.js 20 / Fastify 5", "python-fastapi", "CPython 3.11 / FastAPI 0.92"),
                0,
                0);
        RunInfo info = new RunInfo(
                "20260101-120000",
                Instant.parse("2026-01-01T12:00:00Z"),
                Instant.parse("2026-01-01T12:05:00Z"),
                RunStatus.COMPLETE,
                "quick",
                STACKS,
                ms.size(),
                0);
        return new StoredRun(info, plan, env, ms);
    }

    private static Measurement m(
            String stack,
            Workload w,
            String level,
            int round,
            double rate,
            long p99Micros,
            Map<String, Double> values) {
        Histogram h = new Histogram(3_600_000_000L, 3);
        for (int i = 1; i <= 1000; i++) {
            h.recordValue(Math.max(1, p99Micros * i / 990));
        }
        String encoded = encode(h);
        return Measurement.of(stack, w, level, round)
                .targetRate(rate)
                .achievedRate(rate)
                .completed(1000)
                .corrected(new Measurement.Latency(
                        p99Micros / 2, p99Micros * 9 / 10, p99Micros, p99Micros, p99Micros, p99Micros / 2.0))
                .appCpuShare(0.5)
                .appPeakRssMib(80)
                .appMeanRssMib(70)
                .loadgenCpuShare(0.3)
                .rateSamples(List.of(rate * 0.98, rate, rate * 1.02))
                .p99Samples(List.of(p99Micros * 0.9, p99Micros * 1.1))
                .values(values)
                .histograms(Map.of("corrected", encoded, "corrected:json", encoded))
                .build();
    }

    static String encode(Histogram h) {
        ByteBuffer buffer = ByteBuffer.allocate(h.getNeededByteBufferCapacity());
        int length = h.encodeIntoCompressedByteBuffer(buffer);
        return Base64.getEncoder().encodeToString(Arrays.copyOf(buffer.array(), length));
    }
}
