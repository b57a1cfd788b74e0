package dev.bakeoff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Thousands of failed channels must not become thousands of stack traces on stderr. */
class NettyLogTest {
    @Test
    void repeatedNettyWarningsBecomeOneLineEachAndACount() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Logger channel = Logger.getLogger("io.netty.channel.AbstractChannel");
        try (NettyLog quiet = NettyLog.install(err)) {
            for (int i = 0; i < 1000; i++) {
                channel.log(Level.WARNING, "Force-closing a channel", new IOException("Too many open files"));
            }
            channel.log(Level.WARNING, "Failed to mark a promise as failure");
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text.lines()).hasSize(3);
        assertThat(text).contains("IOException: Too many open files (repeats are counted, not printed)");
        assertThat(text).contains("IOException: Too many open files x1000");
        assertThat(text).contains("Failed to mark a promise as failure");
        assertThat(text).doesNotContain("\tat ");
    }
}
