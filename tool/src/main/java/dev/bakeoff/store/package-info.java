/**
 * The SQLite history of runs: each run's plan, environment and trials with their histograms, written trial by
 * trial as the run goes, read back whole, listed and deleted (docs/DESIGN.md, Rooms).
 *
 * <p>May use: model.
 *
 * <p>Public types: {@link RunStore}, {@link StoreException}.
 */
package dev.bakeoff.store;
