package dev.bakeoff.plan;

import static dev.bakeoff.plan.Defaults.*;

import dev.bakeoff.model.Workload;
import dev.bakeoff.plan.StepSpec.Request;
import java.util.ArrayList;
import java.util.List;

/**
 * The ml workload's steps: closed-model POST /ml/predict at batch 1 and 64 (throughput, p99), and in the
 * longer presets a fixed rate of batch-1 requests (CPU per 1,000 predictions). The model is the app's
 * default engine (Python: the native scikit-learn object; Node.js and Java: ONNX Runtime).
 */
final class MlSteps {
    static final String PATH = "/ml/predict";

    private MlSteps() {}

    static List<StepSpec> of(Preset p, double step) {
        Request small = new Request("ml", PATH, 1, MlBodies.batch(ML_SMALL_BATCH));
        Request large = new Request("ml", PATH, 1, MlBodies.batch(ML_LARGE_BATCH));
        List<StepSpec> steps = new ArrayList<>();
        steps.add(closed("b1", step, small, ML_SMALL_BATCH));
        steps.add(closed("b64", step, large, ML_LARGE_BATCH));
        if (p != Preset.QUICK) {
            // Quick keeps the two batch steps only (its five-minute budget for six stacks).
            steps.add(new StepSpec.Open(
                    Workload.ML,
                    "fixed",
                    "open model, " + (int) ML_REFERENCE_RATE + " req/s, POST " + PATH + " with 1 row",
                    step,
                    ML_REFERENCE_RATE,
                    OPEN_CONNECTIONS,
                    List.of(small),
                    p.measureSeconds));
        }
        return steps;
    }

    /**
     * Quick runs ml only when it is named (--workloads ml): the other workloads already fill its five minutes
     * for six stacks, and ml's two steps per stack would take it over. The longer presets run it by default.
     */
    static List<Workload> quickDefault(Preset p, List<String> named, List<Workload> chosen) {
        if (p != Preset.QUICK || (named != null && !named.isEmpty())) {
            return chosen;
        }
        return chosen.stream().filter(w -> w != Workload.ML).toList();
    }

    static java.util.Optional<String> quickNote(Preset p) {
        return p == Preset.QUICK
                ? java.util.Optional.of("quick runs the ml workload only when it is named: --workloads ml")
                : java.util.Optional.empty();
    }

    private static StepSpec closed(String level, double seconds, Request r, int rows) {
        return new StepSpec.Closed(
                Workload.ML,
                level,
                "closed model, " + ML_CONNECTIONS + " connections, POST " + PATH + " with " + rows + " row"
                        + (rows == 1 ? "" : "s"),
                seconds,
                ML_CONNECTIONS,
                List.of(r),
                -1); // the preset's measured seconds
    }
}
