package dev.bakeoff.plan;

import static dev.bakeoff.plan.Defaults.*;

import dev.bakeoff.model.Workload;
import dev.bakeoff.plan.StepSpec.Request;
import java.util.ArrayList;
import java.util.List;

/**
 * The ml workload's steps: closed-model POST /ml/predict at batch 1 and 64 (throughput, p99), a fixed rate of
 * batch-1 requests (CPU per 1,000 predictions, and the hop of a composed stack), and for composed stacks only
 * their service's faults ({@link ServiceFault}). The model is the app's
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
        // Every preset: CPU per 1k predictions needs a rate below every stack's ceiling (quick too; 1.7 s).
        steps.add(new StepSpec.Open(
                Workload.ML,
                "fixed",
                "open model, " + (int) ML_REFERENCE_RATE + " req/s, POST " + PATH + " with 1 row",
                step,
                ML_REFERENCE_RATE,
                OPEN_CONNECTIONS,
                List.of(small),
                p.measureSeconds));
        for (ServiceFault f : ServiceFault.values()) {
            steps.add(fault(f, small));
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

    /**
     * A service fault of a composed stack: /ml/predict and the front's own /json at fixed rates, with one
     * connection per forwarded call the hung service can hold (rate x timeout) and half as many again spare.
     */
    private static StepSpec fault(ServiceFault f, Request ml) {
        double settle = SERVICE_TIMEOUT_MS / 1000.0 + FAULT_SETTLE_SECONDS;
        double seconds = settle
                + FAULT_MEASURE_SECONDS
                + LOAD_OVERHEAD_SECONDS
                + (f == ServiceFault.DOWN ? FAULT_RESTART_ESTIMATE_SECONDS : 0);
        // The load generator gives each class of an open mix its rate's share of the connections: size the
        // whole so that the forwarded class's share holds every call the hung service keeps waiting.
        int forwarded = (int) Math.ceil(FAULT_ML_RATE * SERVICE_TIMEOUT_MS / 1000.0 * 1.5) + OPEN_CONNECTIONS;
        int connections = (int) Math.ceil(forwarded * (FAULT_ML_RATE + FAULT_JSON_RATE) / FAULT_ML_RATE);
        return new StepSpec.Fault(
                Workload.ML,
                f.level(),
                "composed stacks only: " + f.what() + "; open model, " + (int) FAULT_ML_RATE + " req/s of POST " + PATH
                        + " with 1 row and " + (int) FAULT_JSON_RATE + " req/s of GET /json on the front",
                seconds,
                f,
                FAULT_ML_RATE + FAULT_JSON_RATE,
                connections,
                List.of(ml.renamed("ml", (int) FAULT_ML_RATE), new Request("json", "/json", (int) FAULT_JSON_RATE)),
                settle,
                FAULT_MEASURE_SECONDS);
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
