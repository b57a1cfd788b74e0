package dev.bakeoff.cli;

import dev.bakeoff.model.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Every connection is a file descriptor: above the process's limit, connects fail one by one (and
 * Netty logs each). Checked before the load starts, from /proc (Linux; elsewhere not checked).
 */
final class FdLimit {
    /** Descriptors the JVM, the event loops and the report files need besides the connections. */
    static final int HEADROOM = 64;

    private FdLimit() {}

    static void check(int connections, String option) {
        OptionalLong limit = softLimit();
        if (limit.isEmpty()) {
            return;
        }
        long inUse = openNow();
        long available = limit.getAsLong() - inUse - HEADROOM;
        if (connections > available) {
            throw new BadInputException(
                    option + " " + connections,
                    connections + " connections need " + connections + " file descriptors, but the limit is "
                            + limit.getAsLong() + " (ulimit -n) with " + inUse + " in use, so at most "
                            + Math.max(0, available) + " connections fit",
                    "lower " + option + " to " + Math.max(0, available)
                            + " or less, or raise the limit first: ulimit -n " + (connections + inUse + HEADROOM)
                            + " (up to the hard limit, ulimit -Hn)");
        }
    }

    /** The soft RLIMIT_NOFILE of this process (the JVM raises it to the hard limit at start on Linux). */
    static OptionalLong softLimit() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/self/limits"))) {
            return lines.filter(l -> l.startsWith("Max open files"))
                    .map(l -> l.substring("Max open files".length()).strip().split("\\s+")[0])
                    .filter(v -> v.chars().allMatch(Character::isDigit))
                    .mapToLong(Long::parseLong)
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    private static long openNow() {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
