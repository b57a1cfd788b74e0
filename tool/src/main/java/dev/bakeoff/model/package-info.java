/**
 * The records and closed sets every room shares: the plan, a run's info, environment and measurements, the
 * summarized metrics, stack definitions and their status, workloads, exit codes and the bad-input error, and
 * the plain-text helpers (tables, terminal text). It depends on nothing of ours (docs/DESIGN.md, Rooms).
 *
 * <p>May use: none (the JDK only).
 *
 * <p>Public types: {@link BadInputException}, {@link CpuPlan}, {@link Environment}, {@link ExitCodes}, {@link
 * Headlines}, {@link Measurement}, {@link Metric}, {@link MetricNames}, {@link Plan}, {@link RunInfo}, {@link
 * RunMetrics}, {@link RunStatus}, {@link SetupResult}, {@link StackDefinition}, {@link StackStatus}, {@link
 * StoredRun}, {@link TerminalText}, {@link TextTable}, {@link Verification}, {@link Workload}, {@link
 * Workspace}.
 */
package dev.bakeoff.model;
