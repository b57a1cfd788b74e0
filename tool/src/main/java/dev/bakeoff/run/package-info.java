/**
 * Executing a plan: each stack started fresh on its cores, warmed up, loaded step by step, every step
 * self-checked (generator saturation, errors, the mix, the delay service, a phase still warming) and every trial
 * stored as it ends. Only the flow room uses it (docs/DESIGN.md, Rooms).
 *
 * <p>May use: model, loadgen, lab, store, plan (what to run), stats (the histogram format, a median).
 *
 * <p>Public types: {@link RunListener}, {@link Runner}.
 */
package dev.bakeoff.run;
