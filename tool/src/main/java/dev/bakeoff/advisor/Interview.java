package dev.bakeoff.advisor;

import dev.bakeoff.model.BadInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The terminal questions of {@code advise --interactive}. Each question shows its default (Enter keeps
 * it) and is asked again, up to three times, when the answer is not allowed. End of input keeps every
 * remaining default, so the questions can be answered from a file or a pipe.
 */
final class Interview {
    private static final int TRIES = 3;

    private final Knowledge kb;
    private final BufferedReader in;
    private final PrintWriter out;

    Interview(Knowledge kb, BufferedReader in, PrintWriter out) {
        this.kb = kb;
        this.in = in;
        this.out = out;
    }

    private record Question(String field, String text, String fallback, Predicate<String> valid, String allowed) {}

    /** Asks every question and returns the answers as profile YAML. */
    String run() {
        Map<String, String> fields = new LinkedHashMap<>();
        String name = ask(new Question("name", "Project name", "my project", s -> !s.isBlank(), "any text"));
        for (Question q : questions()) {
            fields.put(q.field(), ask(q));
        }
        return ProfileYaml.write(name, "answered interactively", fields);
    }

    private List<Question> questions() {
        List<Question> qs = new ArrayList<>();
        qs.add(number("workload.concurrent_connections", "Concurrent connections expected at peak", "100", 1, 1e9));
        qs.add(choice("workload.realtime", "Real-time needs (chat, live updates)", "none", ProfileReader.REALTIME));
        qs.add(number("workload.cpu_heavy_share", "Share of CPU-heavy work, 0 to 1", "0", 0, 1));
        qs.add(choice("workload.ml", "ML/AI", "none", ProfileReader.ML));
        qs.add(choice("workload.data_processing", "Data processing", "none", ProfileReader.DATA));
        for (String language : List.of("javascript", "python", "java")) {
            qs.add(number("team.skills." + language, "Team skill in " + language + ", 0 to 5", "0", 0, 5));
        }
        qs.add(choice("team.frontend", "Frontend language", "none", ProfileReader.FRONTEND));
        qs.add(choice("team.beginners", "Is the team mostly beginners", "false", Set.of("true", "false")));
        for (String priority : new TreeSet<>(kb.weights().priorities().keySet())) {
            qs.add(number(
                    "priorities." + priority, "Priority of " + priority.replace('_', ' ') + ", 0 to 5", "0", 0, 5));
        }
        return qs;
    }

    private static Question number(String field, String text, String fallback, double min, double max) {
        return new Question(
                field,
                text,
                fallback,
                s -> {
                    try {
                        double v = Double.parseDouble(s);
                        return v >= min && v <= max && (max < 2 || v == Math.rint(v));
                    } catch (NumberFormatException e) {
                        return false;
                    }
                },
                "a number from " + Format.num(min) + " to " + Format.num(max));
    }

    private static Question choice(String field, String text, String fallback, Set<String> allowed) {
        String list = String.join(", ", new TreeSet<>(allowed));
        return new Question(field, text + " [" + list + "]", fallback, allowed::contains, "one of " + list);
    }

    private String ask(Question q) {
        for (int attempt = 0; attempt < TRIES; attempt++) {
            out.print(q.text() + " (default " + q.fallback() + "): ");
            out.flush();
            String line = readLine();
            if (line == null) {
                out.println();
                return q.fallback();
            }
            String answer = line.isBlank() ? q.fallback() : line.strip();
            if (q.valid().test(answer)) {
                return answer;
            }
            out.println("  '" + answer + "' is not allowed here: use " + q.allowed());
        }
        throw new BadInputException(
                "--interactive", "no usable answer for '" + q.field() + "'", "answer with " + q.allowed());
    }

    private String readLine() {
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
