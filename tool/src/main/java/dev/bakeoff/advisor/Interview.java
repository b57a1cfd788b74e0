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
 * The terminal questions of {@code advise --interactive}: requirements, workload, team, constraints and
 * priorities. Each question shows its default (Enter keeps it; "-" means "not stated", which is not the
 * same as 0) and is asked again, up to three times, when the answer is not allowed. End of input (Ctrl-D)
 * before the last question aborts: an unfinished interview is not a profile.
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
            String answer = ask(q);
            if (answer.equals(UNSTATED)) {
                continue;
            }
            if (q.field().equals("team.frameworks")) {
                // A framework the team names as known well counts 4 of 5 (edit the saved file to refine).
                for (String fw : answer.split(",")) {
                    fields.put("team.frameworks." + fw.strip(), "4");
                }
            } else {
                fields.put(q.field(), q.field().startsWith("constraints.") ? "[" + answer + "]" : answer);
            }
        }
        return ProfileYaml.write(name, "answered interactively", fields);
    }

    /** The answer that leaves a field out of the profile. */
    static final String UNSTATED = "-";

    private List<Question> questions() {
        List<Question> qs = new ArrayList<>();
        qs.add(number("requirements.peak_rps", "Peak requests per second", UNSTATED, 1, 1e9));
        qs.add(number("requirements.p99_ms", "p99 latency budget in ms", UNSTATED, 1, 1e6));
        qs.add(number("workload.concurrent_connections", "Concurrent connections expected at peak", "100", 1, 1e9));
        qs.add(choice(
                "workload.realtime",
                "Real-time needs (chat, live updates)",
                "none",
                ProfileReader.words(Profile.Share.class)));
        qs.add(number("workload.cpu_heavy_share", "Share of CPU-heavy work, 0 to 1", "0", 0, 1));
        qs.add(choice("workload.ml", "ML/AI", "none", ProfileReader.words(Profile.Ml.class)));
        qs.add(choice("workload.data_processing", "Data processing", "none", ProfileReader.words(Profile.Share.class)));
        qs.add(choice(
                "workload.database",
                "Database work per request (most CRUD apps: heavy)",
                "none",
                ProfileReader.words(Profile.DatabaseUse.class)));
        qs.add(number("requirements.rows_per_request", "Rows a data request works through", UNSTATED, 1, 1e12));
        qs.add(number("requirements.cores", "Cores available to the app, all instances together", UNSTATED, 1, 1e6));
        qs.add(number("requirements.budget_usd_month", "Hosting budget in USD per month", UNSTATED, 1, 1e12));
        for (String language : List.of("javascript", "python", "java")) {
            qs.add(number(
                    "team.skills." + language,
                    "Team skill in " + language + ", 0 (does not know it) to 5",
                    UNSTATED,
                    0,
                    5));
        }
        qs.add(list(
                "team.frameworks",
                "Backend frameworks the team knows well, comma-separated",
                kb.team().frameworks().keySet()));
        qs.add(choice("team.frontend", "Frontend language", "none", ProfileReader.words(Profile.Frontend.class)));
        qs.add(choice("team.beginners", "Is the team mostly beginners", "false", Set.of("true", "false")));
        qs.add(list(
                "constraints.must_run_in_process",
                "Libraries that must run inside the app's process, comma-separated",
                kb.libraries().keySet()));
        qs.add(list(
                "constraints.runtime_only",
                "Runtimes you may deploy (all others ruled out), comma-separated",
                ProfileReader.RUNTIMES));
        Set<String> excludable = new TreeSet<>(ProfileReader.RUNTIMES);
        kb.candidates().forEach(c -> excludable.add(c.id()));
        qs.add(list("constraints.exclude", "Stacks or runtimes you must not use, comma-separated", excludable));
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
                        if (s.equals(UNSTATED)) {
                            return true;
                        }
                        double v = Double.parseDouble(s.replace(",", "").replace("_", ""));
                        return v >= min && v <= max && (max < 2 || v == Math.rint(v));
                    } catch (NumberFormatException e) {
                        return false;
                    }
                },
                "a number from " + Format.num(min) + " to " + Format.num(max));
    }

    private static Question list(String field, String text, Set<String> allowed) {
        String list = String.join(", ", new TreeSet<>(allowed));
        return new Question(
                field,
                text + " [" + list + "]",
                UNSTATED,
                s -> s.equals(UNSTATED)
                        || java.util.Arrays.stream(s.split(","))
                                .map(String::strip)
                                .allMatch(allowed::contains),
                "names from " + list);
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
                out.flush();
                throw new BadInputException(
                        "--interactive",
                        "input ended (Ctrl-D) at the question '" + q.text() + "'; nothing was saved",
                        "answer every question (Enter keeps the shown default), or write a profile file"
                                + " (examples/README.md) and run ./bakeoff advise FILE");
            }
            String answer = line.isBlank() ? q.fallback() : line.strip();
            if (!q.field().startsWith("constraints.") && q.valid().test(answer) && answer.matches("[0-9,_.]+")) {
                answer = answer.replace(",", "").replace("_", "");
            }
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
