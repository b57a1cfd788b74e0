package dev.bakeoff.loadgen;

import io.netty.buffer.ByteBuf;

/**
 * The text of one published WebSocket message: fixed-width decimal fields (publisher, sequence,
 * intended and actual publish time on the generator's nanoTime clock), then filler up to the
 * payload size. Senders and receivers are in the same JVM, so the times compare directly.
 *
 * <p>Layout: {@code P<publisher:6> S<seq:12> I<intended:20> A<actual:20>} then 'x' filler.
 */
final class WsPayload {
    static final int MIN_BYTES = 1 + 6 + 1 + 12 + 1 + 20 + 1 + 20;
    private static final int PUBLISHER_AT = 1;
    private static final int SEQ_AT = PUBLISHER_AT + 6 + 1;
    private static final int INTENDED_AT = SEQ_AT + 12 + 1;
    private static final int ACTUAL_AT = INTENDED_AT + 20 + 1;

    private WsPayload() {}

    /** Writes one message of {@code payloadBytes} into {@code out}. */
    static void write(ByteBuf out, int publisher, long seq, long intendedNanos, long actualNanos, int payloadBytes) {
        out.writeByte('P');
        digits(out, publisher, 6);
        out.writeByte('S');
        digits(out, seq, 12);
        out.writeByte('I');
        digits(out, intendedNanos, 20);
        out.writeByte('A');
        digits(out, actualNanos, 20);
        for (int i = MIN_BYTES; i < payloadBytes; i++) {
            out.writeByte('x');
        }
    }

    /** Whether {@code in} looks like one of our messages. */
    static boolean isValid(ByteBuf in) {
        int at = in.readerIndex();
        return in.readableBytes() >= MIN_BYTES
                && in.getByte(at) == 'P'
                && in.getByte(at + SEQ_AT - 1) == 'S'
                && in.getByte(at + INTENDED_AT - 1) == 'I'
                && in.getByte(at + ACTUAL_AT - 1) == 'A';
    }

    static int publisher(ByteBuf in) {
        return (int) parse(in, PUBLISHER_AT, 6);
    }

    static long seq(ByteBuf in) {
        return parse(in, SEQ_AT, 12);
    }

    static long intendedNanos(ByteBuf in) {
        return parse(in, INTENDED_AT, 20);
    }

    static long actualNanos(ByteBuf in) {
        return parse(in, ACTUAL_AT, 20);
    }

    /** Writes a signed value as a sign ('-' or '0') and width-1 zero-padded digits. */
    private static void digits(ByteBuf out, long value, int width) {
        long magnitude = Math.abs(value);
        out.writeByte(value < 0 ? '-' : '0');
        int at = out.writerIndex();
        out.writerIndex(at + width - 1);
        for (int i = width - 2; i >= 0; i--) {
            out.setByte(at + i, (int) ('0' + magnitude % 10));
            magnitude /= 10;
        }
    }

    private static long parse(ByteBuf in, int offset, int width) {
        int at = in.readerIndex() + offset;
        long value = 0;
        for (int i = 1; i < width; i++) {
            value = value * 10 + (in.getByte(at + i) - '0');
        }
        return in.getByte(at) == '-' ? -value : value;
    }
}
