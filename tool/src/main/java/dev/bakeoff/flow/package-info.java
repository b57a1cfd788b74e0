/**
 * The application layer: one service per flow step that the shells call; owns no rules of its own, only the
 * order of calls. {@link dev.bakeoff.flow.RunService} resolves a plan, opens the store, runs the plan and
 * summarizes the stored result; {@link dev.bakeoff.flow.Evidence} reads runs back and chooses an advice's
 * evidence; {@link dev.bakeoff.flow.CompareService} compares two stored runs metric by metric; {@link
 * dev.bakeoff.flow.ReportService} writes a run's report files. The shells (cli, web) parse input, call these and
 * render what they return; they never drive the run engine (plan resolving, run, stats) themselves
 * (docs/DESIGN.md, Rooms).
 */
package dev.bakeoff.flow;
