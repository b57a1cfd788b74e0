package dev.bakeoff.loadgen;

/** How requests arrive: on a fixed schedule (open model) or one after another (closed model). */
public sealed interface LoadShape {

    /**
     * A constant arrival rate spread evenly over the connections, wrk2-style: each request has an
     * intended send time and its latency counts from that time, so a stalled server is charged for
     * the requests it kept waiting (coordinated omission corrected).
     */
    record OpenModel(double ratePerSecond) implements LoadShape {}

    /**
     * Every connection sends its next request when the previous answer arrives: for finding the
     * maximum throughput. Latency counts from the actual send, so it understates waits under
     * saturation; corrected and uncorrected histograms are the same.
     *
     * @param connectionPerClass with a mix, each class gets its share of the connections to itself instead of
     *     every connection cycling through the mix: a warm-up of several endpoints together in which a slow
     *     one does not hold up the others
     */
    record ClosedModel(boolean connectionPerClass) implements LoadShape {
        public ClosedModel() {
            this(false);
        }
    }
}
