/**
 * Resolving what will run: the presets, each workload's steps and their fixed numbers, and the plan with its
 * estimates and notes, printed before a run and stored with it. It knows nothing of running a step or
 * summarizing one (docs/DESIGN.md, Rooms).
 *
 * <p>May use: model, yaml, loadgen, lab (the stack catalog).
 *
 * <p>Public types: {@link DataSweep}, {@link Defaults}, {@link PlanResolver}, {@link
 * Preset}, {@link RunPlan}, {@link ServiceFault}, {@link StepSpec}, {@link WarmupMix}.
 */
package dev.bakeoff.plan;
