/**
 * The application layer: one service per flow step that the shells call; owns no rules of its own, only the
 * order of calls. {@link RunService} resolves a plan, opens the store, runs the plan and summarizes the stored
 * result; {@link Evidence} reads runs back and chooses an advice's evidence; {@link CompareService} compares two
 * stored runs metric by metric; {@link ReportService} writes a run's report files. The shells (cli, web) parse
 * input, call these and render what they return; they never drive the run engine (plan resolving, run, stats)
 * themselves (docs/DESIGN.md, Rooms).
 *
 * <p>May use: model, yaml, loadgen, lab, plan, run, stats, store, advisor, report.
 *
 * <p>Public types: {@link CompareService}, {@link Evidence}, {@link MachineSpread}, {@link ReportService}, {@link RunService}.
 */
package dev.bakeoff.flow;
