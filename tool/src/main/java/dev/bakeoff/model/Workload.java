package dev.bakeoff.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A named way of loading an app; each mirrors claims from the articles (see docs/DESIGN.md). */
public enum Workload {
    PLAINTEXT("raw framework overhead: GET /plaintext"),
    JSON("raw framework overhead with JSON serialization: GET /json"),
    IO("waiting on a slow downstream at rising concurrency: GET /io"),
    CPU("CPU-bound work in the app's own language: GET /cpu"),
    MIXED("cheap /json requests while /cpu requests run: event-loop or GIL blocking"),
    DATA("in-memory data processing: GET /data/report"),
    WS("WebSocket fan-out latency and memory per idle connection"),
    STARTUP("launch-to-ready time and idle memory"),
    DB("a real PostgreSQL started by the lab: GET /db (one row) and /queries?n=20 (20 queries per request)"),
    ML("model inference on a JSON batch of feature rows: POST /ml/predict at batch sizes 1 and 64");

    private final String description;

    Workload(String description) {
        this.description = description;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String description() {
        return description;
    }

    public static Optional<Workload> byId(String id) {
        return Arrays.stream(values()).filter(w -> w.id().equals(id)).findFirst();
    }
}
