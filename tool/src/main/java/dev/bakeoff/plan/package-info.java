/**
 * Resolving what will run: the presets, each workload's steps and their fixed numbers, and the plan with its
 * estimates and notes, printed before a run and stored with it. It may use model, yaml, loadgen and lab (the
 * stack catalog), and knows nothing of running a step or summarizing one (docs/DESIGN.md, Rooms).
 *
 * <p>Public surface: {@link dev.bakeoff.plan.PlanResolver}, its {@link dev.bakeoff.plan.RunPlan} of {@link
 * dev.bakeoff.plan.Preset} and {@link dev.bakeoff.plan.StepSpec}s; for the run, {@link
 * dev.bakeoff.plan.WarmupMix} and the few {@link dev.bakeoff.plan.Defaults} it reads; for the statistics and the
 * CLI, {@link dev.bakeoff.plan.DataSweep}'s levels and {@link dev.bakeoff.plan.CompositionNote}. Everything
 * else is package-private.
 */
package dev.bakeoff.plan;
