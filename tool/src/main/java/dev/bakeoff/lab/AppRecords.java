package dev.bakeoff.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A record on disk of every app process group Bakeoff has running, so that apps outlive nothing:
 * if Bakeoff itself is killed (SIGKILL skips every hook), the next start finds the records, stops the
 * groups that are still there, and says so. A record names the group and its leader's start time, so a
 * recycled pid is never mistaken for ours.
 */
final class AppRecords {
    private AppRecords() {}

    static Path dir(Path stateDir) {
        return stateDir.resolve("apps");
    }

    static void write(Path stateDir, long pid, String stack) {
        try {
            Files.createDirectories(dir(stateDir));
            String started = ProcessHandle.of(pid)
                    .flatMap(p -> p.info().startInstant())
                    .map(Object::toString)
                    .orElse("");
            Files.writeString(dir(stateDir).resolve(pid + ".pid"), pid + "\n" + started + "\n" + stack + "\n");
        } catch (IOException e) {
            // Without the record a later sweep cannot help, but the run itself is unaffected.
        }
    }

    static void remove(Path stateDir, long pid) {
        try {
            Files.deleteIfExists(dir(stateDir).resolve(pid + ".pid"));
        } catch (IOException ignored) {
            // a stale record is checked against the start time, so it can do no harm
        }
    }

    /** Stops the app groups an earlier, killed Bakeoff left running; returns a line per group stopped. */
    public static List<String> sweep(Path stateDir) {
        List<String> stopped = new ArrayList<>();
        if (!Files.isDirectory(dir(stateDir))) {
            return stopped;
        }
        try (Stream<Path> files = Files.list(dir(stateDir))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".pid")).toList()) {
                List<String> lines = Files.readAllLines(file);
                long pid = Long.parseLong(lines.get(0).trim());
                String started = lines.size() > 1 ? lines.get(1).trim() : "";
                String stack = lines.size() > 2 ? lines.get(2).trim() : "?";
                boolean ours = ProcessHandle.of(pid)
                        .filter(ProcessHandle::isAlive)
                        .flatMap(p -> p.info().startInstant())
                        .map(i -> i.toString().equals(started))
                        .orElse(false);
                if (ours) {
                    stopGroup(pid);
                    stopped.add(stack + " (process group " + pid + ")");
                }
                Files.deleteIfExists(file);
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable record: leave it; nothing we could stop safely
        }
        return stopped;
    }

    static void stopGroup(long pgid) {
        signal("TERM", pgid);
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline && groupAlive(pgid)) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (groupAlive(pgid)) {
            signal("KILL", pgid);
        }
    }

    static boolean groupAlive(long pgid) {
        // kill -0 on a group succeeds while any member lives
        return Commands.run(
                        List.of("kill", "-0", "--", "-" + pgid), Path.of("/"), Map.of(), Duration.ofSeconds(5), false)
                .ok();
    }

    static void signal(String signal, long pgid) {
        Commands.run(
                List.of("kill", "-s", signal, "--", "-" + pgid), Path.of("/"), Map.of(), Duration.ofSeconds(5), false);
    }
}
