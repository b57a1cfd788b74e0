/**
 * What the advisor, report and CLI read back: from a stored run's trials to named figures per round
 * (Observations), and to medians with intervals over rounds ({@link dev.bakeoff.stats.Summarizer}). It may use
 * model and plan (the steps' levels and sizes it reads figures from), never run (docs/DESIGN.md, Rooms).
 *
 * <p>Public surface: {@link dev.bakeoff.stats.Summarizer}; for the run, {@link dev.bakeoff.stats.Histograms}'
 * encoding of what it stores and two functions of {@link dev.bakeoff.stats.Statistics} (a median, Student's t).
 * Everything else is package-private.
 */
package dev.bakeoff.stats;
