package dev.bakeoff.stats;

/** The statistics' fixed numbers: the bootstrap behind within-process intervals. */
final class StatsDefaults {
    /** Bootstrap resamples for confidence intervals; a fixed seed makes summaries reproducible. */
    static final int BOOTSTRAP_RESAMPLES = 2000;

    static final long BOOTSTRAP_SEED = 42;

    private StatsDefaults() {}
}
