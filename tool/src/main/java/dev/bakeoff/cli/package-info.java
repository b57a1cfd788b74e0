/**
 * The command line: the picocli commands, what they print (text, tables, JSON), the error boundary that turns
 * every failure into its exit code (docs/DESIGN.md, Exit codes). The commands parse input, call the flow room's
 * services and render what those return; they never run or summarize a plan themselves, resolve no plan and
 * record nothing in the store (docs/DESIGN.md, Rooms).
 *
 * <p>May use: model, yaml, loadgen, lab, plan, store, advisor, report, flow, web.
 *
 * <p>Public types: {@link Main}.
 */
package dev.bakeoff.cli;
