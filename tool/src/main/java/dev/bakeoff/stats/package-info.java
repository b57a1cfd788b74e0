/**
 * What the advisor, report and CLI read back: from a stored run's trials to named figures per round
 * (Observations), and to medians with intervals over rounds ({@link Summarizer}) or, for one round, at least
 * as wide as the machine's spread between processes ({@link ProcessSpread}); for the run, {@link
 * Histograms}' encoding of what it stores and two functions of {@link Statistics} (a median, Student's t). It
 * never uses run (docs/DESIGN.md, Rooms).
 *
 * <p>May use: model, plan (the steps' levels and sizes it reads figures from).
 *
 * <p>Public types: {@link Histograms}, {@link ProcessSpread}, {@link Statistics}, {@link Summarizer}.
 */
package dev.bakeoff.stats;
