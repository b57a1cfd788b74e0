package dev.bakeoff.loadgen;

import static dev.bakeoff.loadgen.DeliveryTracker.Outcome.DUPLICATE;
import static dev.bakeoff.loadgen.DeliveryTracker.Outcome.IN_ORDER;
import static dev.bakeoff.loadgen.DeliveryTracker.Outcome.OUT_OF_ORDER;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeliveryTrackerTest {
    private final DeliveryTracker tracker = new DeliveryTracker(2);

    @Test
    void acceptsAscendingSequencesPerPublisher() {
        assertThat(tracker.deliver(0, 0)).isEqualTo(IN_ORDER);
        assertThat(tracker.deliver(1, 0)).isEqualTo(IN_ORDER);
        assertThat(tracker.deliver(0, 1)).isEqualTo(IN_ORDER);
        assertThat(tracker.deliver(0, 5))
                .as("a gap is not an error until the end")
                .isEqualTo(IN_ORDER);
    }

    @Test
    void tellsALateDeliveryFromADuplicate() {
        tracker.deliver(0, 0);
        tracker.deliver(0, 2);
        assertThat(tracker.deliver(0, 1)).isEqualTo(OUT_OF_ORDER);
        assertThat(tracker.deliver(0, 1)).isEqualTo(DUPLICATE);
        assertThat(tracker.deliver(0, 2)).isEqualTo(DUPLICATE);
    }

    @Test
    void countsDeliveriesBeyondTheWindowAsOutOfOrder() {
        tracker.deliver(0, 0);
        tracker.deliver(0, 1000);
        assertThat(tracker.deliver(0, 3)).isEqualTo(OUT_OF_ORDER);
    }
}
