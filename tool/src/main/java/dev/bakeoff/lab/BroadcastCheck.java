package dev.bakeoff.lab;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/** Checks the contract's WebSocket room: each message reaches every other client, never its sender. */
final class BroadcastCheck {
    static final int CLIENTS = 3;
    private static final Duration WAIT = Duration.ofSeconds(5);

    private BroadcastCheck() {}

    static String run(String wsUrl) throws Exception {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Inbox> inboxes = new ArrayList<>();
        List<WebSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < CLIENTS; i++) {
                Inbox inbox = new Inbox();
                sockets.add(client.newWebSocketBuilder()
                        .connectTimeout(Duration.ofSeconds(5))
                        .buildAsync(URI.create(wsUrl), inbox)
                        .get(10, TimeUnit.SECONDS));
                inboxes.add(inbox);
            }
            // Joining a room can be asynchronous (e.g. a channel-layer group); give it a moment.
            Thread.sleep(300);
            for (int i = 0; i < CLIENTS; i++) {
                sockets.get(i).sendText("hello from client " + i, true).get(5, TimeUnit.SECONDS);
            }
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < deadline && inboxes.stream().anyMatch(b -> b.messages.size() < CLIENTS - 1)) {
                Thread.sleep(20);
            }
            Thread.sleep(200); // late extra deliveries (an echo to the sender) would arrive now
            for (int i = 0; i < CLIENTS; i++) {
                List<String> got = List.copyOf(inboxes.get(i).messages);
                for (int j = 0; j < CLIENTS; j++) {
                    boolean received = got.contains("hello from client " + j);
                    if (i != j && !received) {
                        throw new AssertionError(
                                "client " + i + " did not receive client " + j + "'s message (got " + got + ")");
                    }
                    if (i == j && received) {
                        throw new AssertionError(
                                "client " + i + " received its own message back (echo, not broadcast)");
                    }
                }
                if (got.size() != CLIENTS - 1) {
                    throw new AssertionError("client " + i + " received " + got.size() + " messages, expected "
                            + (CLIENTS - 1) + ": " + got);
                }
            }
            return CLIENTS + " clients: each message reached the " + (CLIENTS - 1) + " others, not its sender";
        } finally {
            for (WebSocket socket : sockets) {
                socket.abort();
            }
        }
    }

    private static final class Inbox implements WebSocket.Listener {
        final ConcurrentLinkedQueue<String> messages = new ConcurrentLinkedQueue<>();
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }
}
