package dev.bakeoff.vertx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;

/** Vert.x reference app: WORKERS instances of one HTTP verticle, each on its own event loop. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        // `--print-version=runtime|framework` lets stack.yaml read the versions from the built jar
        // itself (only the version on stdout), without starting the server.
        for (String arg : args) {
            if (arg.startsWith("--print-version=")) {
                printVersion(arg.substring("--print-version=".length()));
                return;
            }
        }

        int port = Integer.parseInt(System.getenv("PORT"));
        String downstreamUrl = System.getenv("DOWNSTREAM_URL");
        int workers = Integer.parseInt(System.getenv().getOrDefault("WORKERS", "1"));
        // Loaded once, before the port opens, and shared read-only by every verticle instance.
        Orders orders = Orders.load(Path.of(System.getenv("DATASET")));
        Ml.load(); // the ml endpoints' ONNX model, once for every instance (Ml.java)

        Vertx vertx = Vertx.vertx();
        try {
            // Vert.x scales on cores by deploying one verticle instance per event loop; all
            // instances listen on the same host:port and Vert.x shares the server socket among them.
            vertx.deployVerticle(() -> new HttpVerticle(port, downstreamUrl, orders),
                    new DeploymentOptions().setInstances(workers)).await();
        } catch (Exception e) {
            System.err.println("start-up failed: " + e);
            vertx.close();
            System.exit(1);
        }
        // On SIGTERM undeploy cleanly: close the servers, sockets and client pools.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                vertx.close().await(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                // exiting anyway
            }
        }));
    }

    private static void printVersion(String what) throws IOException {
        switch (what) {
            case "runtime" -> System.out.println(System.getProperty("java.version"));
            // vertx-core records its own version in this resource (what `vertx version` prints).
            case "framework" -> {
                try (InputStream in = Vertx.class.getResourceAsStream("/META-INF/vertx/vertx-version.txt")) {
                    System.out.println(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim());
                }
            }
            default -> {
                System.err.println("usage: --print-version=runtime|framework");
                System.exit(2);
            }
        }
    }
}
