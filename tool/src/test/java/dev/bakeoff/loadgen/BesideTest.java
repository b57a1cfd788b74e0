package dev.bakeoff.loadgen;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A cheap request's latency is kept apart when it met a request of the other class: one in flight at its send,
 * or one sent before its answer. Two connections on embedded channels share one run and a test clock.
 */
class BesideTest {
    private static final String OK = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok";
    private static final long MS = 1_000_000L;

    private final TestClock clock = new TestClock(0);
    private final LoopStats stats = new LoopStats(2, HttpCounters.size(2), true);
    private final EncodedMix mix =
            EncodedMix.encode(List.of(RequestClass.get("json", "/json"), RequestClass.get("cpu", "/cpu")), "x:1");
    private EmbeddedChannel cheapChannel;
    private EmbeddedChannel heavyChannel;

    @AfterEach
    void release() {
        cheapChannel.finishAndReleaseAll();
        heavyChannel.finishAndReleaseAll();
        mix.close();
    }

    @Test
    void aCheapRequestThatMetACpuJobIsRecordedBesideItAndOneAloneIsNot() {
        HttpRunContext run = new HttpRunContext(clock, null, null, 1, 500 * MS, MS, 1010, 2, new Beside(2));
        run.startNanos = 0;
        run.endNanos = 200 * MS;
        // Cheap: 1,000/s (one every ms); heavy: 10/s (at 0 and 100 ms).
        HttpConnection cheap = new HttpConnection(run, stats, mix, null, new Lane(0, 1000, 0, 1, 0));
        HttpConnection heavy = new HttpConnection(run, stats, mix, null, new Lane(1, 10, 0, 1, 0));
        cheapChannel = channel(cheap);
        heavyChannel = channel(heavy);
        heavy.start(); // cpu 1 in flight from 0 ms
        cheap.start(); // json 1 sent while it runs
        advance(MS / 2);
        respond(cheapChannel); // json 1: beside
        advance(MS / 2); // json 2 sent at 1 ms, cpu 1 still in flight
        advance(MS / 5);
        respond(heavyChannel); // cpu 1 answered at 1.2 ms
        respond(cheapChannel); // json 2: beside (sent while cpu 1 ran)
        advance(MS * 4 / 5); // json 3 sent at 2 ms
        for (int i = 0; i < 97; i++) { // json 3..99, alone
            advance(MS / 5);
            respond(cheapChannel);
            advance(MS * 4 / 5);
        }
        assertThat(clock.nanoTime()).isEqualTo(99 * MS); // json 100 is sent now, alone
        advance(MS); // cpu 2 sent at 100 ms, before json 100's answer; json 101 waits for it
        respond(cheapChannel); // json 100: beside (cpu 2 sent before it was answered)

        assertThat(stats.swapCorrected(0, null).getTotalCount()).isEqualTo(100);
        assertThat(stats.swapBeside(0, null).getTotalCount())
                .as("json 1, 2 and 100 met a cpu request; json 3..99 did not")
                .isEqualTo(3);
        assertThat(stats.swapBeside(1, null).getTotalCount())
                .as("cpu 1 met json requests")
                .isEqualTo(1);
    }

    private EmbeddedChannel channel(HttpConnection connection) {
        EmbeddedChannel channel = new EmbeddedChannel(connection);
        channel.freezeTime();
        return channel;
    }

    private void respond(EmbeddedChannel channel) {
        for (Object message; (message = channel.readOutbound()) != null; ) {
            ((ByteBuf) message).release();
        }
        channel.writeInbound(Unpooled.copiedBuffer(OK, StandardCharsets.US_ASCII));
    }

    private void advance(long nanos) {
        clock.advanceMicros(nanos / 1000);
        for (EmbeddedChannel channel : List.of(cheapChannel, heavyChannel)) {
            channel.advanceTimeBy(nanos, TimeUnit.NANOSECONDS);
            channel.runScheduledPendingTasks();
        }
    }
}
