package dev.bakeoff.loadgen;

/** Receives what {@link ResponseParser} finds; called on the connection's event loop. */
interface ResponseSink {
    /** Whether the response now starting answers a request that has no body in reply (HEAD). */
    boolean nextResponseHasNoBody();

    /** A complete response; {@code keepAlive} false means the server will close the connection. */
    void onResponse(int status, boolean keepAlive);

    /** The bytes are not an HTTP/1.1 response; the connection must be dropped. */
    void onProtocolError();
}
