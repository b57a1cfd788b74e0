/**
 * Executing a plan: each stack started fresh on its cores, warmed up, loaded step by step, every step
 * self-checked (generator saturation, errors, the mix, the delay service, a phase still warming) and every trial
 * stored as it ends. It may use model, loadgen, lab, store, plan (what to run) and stats (the histogram format,
 * a median); nothing but the shells uses it (docs/DESIGN.md, Rooms).
 *
 * <p>Public surface: {@link dev.bakeoff.run.Runner} (with its {@code Outcome}) and the {@link
 * dev.bakeoff.run.RunListener} it reports to. Everything else is package-private.
 */
package dev.bakeoff.run;
