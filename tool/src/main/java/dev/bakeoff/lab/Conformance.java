package dev.bakeoff.lab;

import dev.bakeoff.model.StackDefinition;
import dev.bakeoff.model.StackStatus;
import dev.bakeoff.model.Verification;
import dev.bakeoff.model.Verification.Check;
import dev.bakeoff.model.Verification.Outcome;
import dev.bakeoff.model.Workload;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code bakeoff verify}: starts each app on the app cores with a downstream service and a dataset,
 * checks every endpoint of the contract, and stops it again, also when a check or the start fails.
 */
public final class Conformance {
    /** Small enough to generate in a blink, large enough that a wrong group-by shows. */
    static final int VERIFY_ROWS = 20_000;

    private final LabServices services;
    private final StackSetup setup = new StackSetup();

    public Conformance(LabServices services) {
        this.services = services;
    }

    /** Verifies one stack; {@code port} 0 picks a free one. Never throws for a misbehaving app. */
    public Verification verify(StackDefinition stack, int port) {
        StackStatus status = setup.status(stack);
        if (!status.ready()) {
            return new Verification(stack.name(), List.of(), -1, "", "", status.reason(), "");
        }
        Path dataset = Dataset.ensure(services.workspace().dataDir(), VERIFY_ROWS);
        Optional<PostgresCluster> database;
        try {
            database = stack.workloads().contains(Workload.DB) ? Optional.of(services.database()) : Optional.empty();
        } catch (AppFailure e) {
            return new Verification(stack.name(), List.of(), -1, "", "", e.getMessage(), e.logTail());
        }
        LaunchSettings settings = services.launch(stack.name(), "verify", port == 0 ? Ports.free() : port, dataset);
        try (AppProcess app = AppProcess.start(stack, settings)) {
            long readyMillis;
            try {
                readyMillis = app.awaitReady().toMillis();
            } catch (AppFailure e) {
                return new Verification(
                        stack.name(),
                        List.of(),
                        -1,
                        status.runtimeVersion(),
                        status.frameworkVersion(),
                        e.getMessage(),
                        e.logTail());
            }
            List<Check> checks = new ArrayList<>(new ContractChecks(app.baseUrl(), dataset).run());
            database.ifPresent(db -> checks.addAll(new DbChecks(app.baseUrl(), db.admin()).run()));
            if (stack.workloads().contains(Workload.ML)) {
                checks.addAll(new MlChecks(app.baseUrl(), MlModel.reference(settings.stateDir()))
                        .run(MlChecks.engines(stack)));
            }
            checks.add(
                    stack.websocket()
                            ? ContractChecks.check(
                                    "websocket",
                                    () -> BroadcastCheck.run(app.baseUrl().replace("http", "ws") + "/ws"))
                            : new Check("websocket", Outcome.NOT_SUPPORTED, stack.websocketNote()));
            boolean failed = checks.stream().anyMatch(c -> c.outcome() == Outcome.FAIL);
            String died = app.isAlive() ? "" : "the app exited during the checks";
            return new Verification(
                    stack.name(),
                    checks,
                    readyMillis,
                    status.runtimeVersion(),
                    status.frameworkVersion(),
                    died,
                    failed || !died.isEmpty() ? app.logTail(15) : "");
        }
    }
}
