package dev.bakeoff.loadgen;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WsPayloadTest {

    @Test
    void carriesPublisherSequenceAndBothTimesAtTheRequestedSize() {
        ByteBuf buf = Unpooled.buffer();
        WsPayload.write(buf, 42, 123_456_789L, -5_000_000_000L, 987_654_321_000L, 100);
        assertThat(buf.readableBytes()).isEqualTo(100);
        assertThat(WsPayload.isValid(buf)).isTrue();
        assertThat(WsPayload.publisher(buf)).isEqualTo(42);
        assertThat(WsPayload.seq(buf)).isEqualTo(123_456_789L);
        assertThat(WsPayload.intendedNanos(buf)).isEqualTo(-5_000_000_000L);
        assertThat(WsPayload.actualNanos(buf)).isEqualTo(987_654_321_000L);
    }

    @Test
    void rejectsMessagesThatAreNotOurs() {
        assertThat(WsPayload.isValid(Unpooled.copiedBuffer("hello", StandardCharsets.UTF_8)))
                .isFalse();
    }
}
