package dev.bakeoff.loadgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The connection's scheduling and accounting, on an embedded channel with a test clock: no sleeping. */
class HttpConnectionTest {
    private static final String OK = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok";
    private static final long MS = 1_000_000L;

    private final TestClock clock = new TestClock(0);
    private final LoopStats stats = new LoopStats(2, HttpCounters.size(2));
    private final EncodedMix mix = EncodedMix.encode(
            List.of(RequestClass.get("a", "/a"), new RequestClass("b", "GET", "/b", Map.of(), "", 3)), "127.0.0.1:1");
    private EmbeddedChannel channel;
    private HttpRunContext run;

    @AfterEach
    void release() {
        if (channel != null) {
            channel.finishAndReleaseAll();
        }
        mix.close();
    }

    private HttpConnection connection(double ratePerSecond, int pipelineDepth, long endNanos) {
        run = new HttpRunContext(clock, null, null, pipelineDepth, 50 * MS, MS, ratePerSecond, 1, null);
        run.startNanos = 0;
        run.endNanos = endNanos;
        HttpConnection connection =
                new HttpConnection(run, stats, mix, null, new Lane(Lane.CYCLE, ratePerSecond, 0, 1, 0));
        channel = new EmbeddedChannel(connection);
        channel.freezeTime();
        return connection;
    }

    private void respond(String text) {
        channel.writeInbound(Unpooled.copiedBuffer(text, StandardCharsets.US_ASCII));
    }

    private void advance(long nanos) {
        clock.advanceMicros(nanos / 1000);
        channel.advanceTimeBy(nanos, TimeUnit.NANOSECONDS);
        channel.runScheduledPendingTasks();
    }

    private List<String> sentRequestLines() {
        List<String> lines = new ArrayList<>();
        for (Object message; (message = channel.readOutbound()) != null; ) {
            ByteBuf buf = (ByteBuf) message;
            String text = buf.toString(StandardCharsets.US_ASCII);
            lines.add(text.substring(0, text.indexOf('\r')));
            buf.release();
        }
        return lines;
    }

    private List<Long> recorded(boolean corrected) {
        List<Long> values = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            Histogram h = corrected ? stats.swapCorrected(c, null) : stats.swapUncorrected(c, null);
            h.recordedValues().forEach(v -> {
                for (long i = 0; i < v.getCountAddedInThisIterationStep(); i++) {
                    values.add(h.highestEquivalentValue(v.getValueIteratedTo()));
                }
            });
        }
        values.sort(null);
        return values;
    }

    @Test
    void sendsOnTheOpenModelScheduleAndWaitsForTheNextSlot() {
        HttpConnection connection = connection(1000, 1, 100 * MS); // one request per ms
        connection.start();
        assertThat(sentRequestLines()).hasSize(1);
        advance(300_000);
        respond(OK);
        assertThat(sentRequestLines()).as("next slot is at 1 ms").isEmpty();
        advance(700_000);
        assertThat(sentRequestLines()).hasSize(1);
    }

    @Test
    void countsLatencyFromTheIntendedSendTimeWhenTheServerStalls() {
        HttpConnection connection = connection(1000, 1, 100 * MS);
        connection.start(); // request 1, intended at 0 ms
        advance(5 * MS); // the server stalls for 5 ms
        respond(OK); // request 1 took 5 ms; requests 2..5 are overdue, request 2 goes out now
        advance(100_000);
        respond(OK); // request 2: intended at 1 ms, sent at 5 ms, answered at 5.1 ms
        assertThat(recorded(true)).satisfiesExactly(near(4_100), near(5_000));
        assertThat(recorded(false)).satisfiesExactly(near(100), near(5_000));
    }

    /** Histogram values are exact to 4 significant digits (within 1/500 here, loosely). */
    private static Consumer<Long> near(long micros) {
        return v -> assertThat(v).isCloseTo(micros, within(micros / 500 + 1));
    }

    @Test
    void closedModelSendsTheNextRequestWhenTheAnswerArrives() {
        HttpConnection connection = connection(0, 1, 100 * MS);
        connection.start();
        assertThat(sentRequestLines()).hasSize(1);
        advance(MS);
        assertThat(sentRequestLines()).as("nothing until the answer").isEmpty();
        respond(OK);
        assertThat(sentRequestLines()).hasSize(1);
    }

    @Test
    void pipelinesUpToTheDepthAndMatchesAnswersInOrder() {
        HttpConnection connection = connection(0, 4, 100 * MS);
        connection.start();
        assertThat(sentRequestLines()).hasSize(4);
        respond(OK + OK);
        assertThat(connection.inFlight()).isEqualTo(4);
        assertThat(sentRequestLines()).hasSize(2);
        assertThat(stats.get(HttpCounters.completed(0)) + stats.get(HttpCounters.completed(1)))
                .isEqualTo(2);
    }

    @Test
    void sendsTheMixInProportionToTheWeights() {
        HttpConnection connection = connection(0, 1, 100 * MS);
        connection.start();
        List<String> lines = new ArrayList<>(sentRequestLines());
        for (int i = 0; i < 399; i++) {
            respond(OK);
            lines.addAll(sentRequestLines());
        }
        assertThat(lines.stream().filter(l -> l.startsWith("GET /a ")).count()).isEqualTo(100);
        assertThat(lines.stream().filter(l -> l.startsWith("GET /b ")).count()).isEqualTo(300);
        assertThat(stats.get(HttpCounters.completed(0))).isEqualTo(100);
        assertThat(stats.get(HttpCounters.completed(1))).isEqualTo(299);
    }

    @Test
    void stopsSendingAtTheEndOfTheLoad() {
        HttpConnection connection = connection(1000, 1, 2 * MS);
        connection.start();
        respond(OK);
        advance(MS);
        respond(OK);
        advance(MS);
        assertThat(sentRequestLines()).as("slots at 0 and 1 ms only").hasSize(2);
    }

    @Test
    void countsNon2xxAnswersAndTimeoutsAsErrors() {
        HttpConnection connection = connection(0, 1, 100 * MS);
        connection.start();
        respond("HTTP/1.1 503 Busy\r\nContent-Length: 0\r\n\r\n");
        assertThat(stats.get(HttpCounters.non2xx(0)) + stats.get(HttpCounters.non2xx(1)))
                .isEqualTo(1);
        advance(60 * MS);
        connection.checkTimeout(clock.nanoTime());
        assertThat(stats.get(HttpCounters.TIMEOUT)).isEqualTo(1);
        assertThat(stats.get(HttpCounters.IN_FLIGHT)).isZero();
        assertThat(channel.isOpen()).isFalse();
    }

    @Test
    void countsAnErrorAnswerAsMeasuredOnlyInsideTheMeasuredPhase() {
        HttpConnection connection = connection(100, 1, 100 * MS); // a slot every 10 ms
        run.warmupEndNanos = 5 * MS;
        connection.start();
        respond("HTTP/1.1 503 Busy\r\nContent-Length: 0\r\n\r\n"); // at 0 ms: warm-up
        advance(10 * MS);
        respond("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n"); // at 10 ms: measured
        assertThat(both(HttpCounters::non2xx))
                .as("every error answer, for the timeline")
                .isEqualTo(2);
        assertThat(both(HttpCounters::non2xxMeasured))
                .as("the measured phase's only")
                .isEqualTo(1);
        assertThat(both(HttpCounters::completedMeasured)).isEqualTo(1);
    }

    /** A per-class counter summed over the mix's two classes (which class a cycling slot sends is the mix's). */
    private long both(java.util.function.IntUnaryOperator counter) {
        return stats.get(counter.applyAsInt(0)) + stats.get(counter.applyAsInt(1));
    }
}
