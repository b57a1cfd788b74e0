package dev.bakeoff.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs short-lived commands (setup steps, version probes) with a time limit, output kept for messages. */
final class Commands {
    private Commands() {}

    /** What a finished command left: its exit code (-1 if it could not start or timed out) and output. */
    record Outcome(int exitCode, String output, boolean timedOut) {
        boolean ok() {
            return exitCode == 0 && !timedOut;
        }

        String firstLine() {
            return output.strip().lines().findFirst().orElse("").strip();
        }

        /** The last {@code n} lines, for messages that show why something failed. */
        String tail(int n) {
            List<String> lines = output.strip().lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - n), lines.size()));
        }
    }

    /** Runs {@code argv} in {@code dir}; stdout and stderr are merged unless {@code stdoutOnly}. */
    static Outcome run(List<String> argv, Path dir, Map<String, String> env, Duration timeout, boolean stdoutOnly) {
        Path out = null;
        try {
            out = Files.createTempFile("bakeoff-cmd", ".log");
            ProcessBuilder pb = new ProcessBuilder(argv).directory(dir.toFile());
            pb.environment().putAll(env);
            pb.redirectOutput(out.toFile());
            if (stdoutOnly) {
                pb.redirectError(ProcessBuilder.Redirect.DISCARD);
            } else {
                pb.redirectErrorStream(true);
            }
            pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            Process p = pb.start();
            boolean done = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!done) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
            String text = Files.readString(out, StandardCharsets.UTF_8);
            return new Outcome(done ? p.exitValue() : -1, text, !done);
        } catch (IOException e) {
            return new Outcome(-1, "could not run " + argv.get(0) + ": " + e.getMessage(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(-1, "interrupted", false);
        } finally {
            if (out != null) {
                try {
                    Files.deleteIfExists(out);
                } catch (IOException ignored) {
                    // a leftover temp file is harmless
                }
            }
        }
    }

    /** Whether {@code command} is an existing executable path or found on PATH. */
    static boolean onPath(String command) {
        if (command.contains("/")) {
            return Files.isExecutable(Path.of(command));
        }
        String path = System.getenv().getOrDefault("PATH", "");
        return Arrays.stream(path.split(":"))
                .filter(p -> !p.isEmpty())
                .anyMatch(p -> Files.isExecutable(Path.of(p, command)));
    }

    static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
