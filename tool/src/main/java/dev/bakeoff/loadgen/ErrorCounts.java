package dev.bakeoff.loadgen;

/**
 * Errors by class, counted, never thrown: the run goes on.
 *
 * @param connect connects that failed (refused, unreachable, handshake failed)
 * @param timeout requests unanswered within the request timeout (and requests still unanswered
 *     when the load ended)
 * @param reset requests lost because the connection was reset or closed under them
 * @param non2xx responses with a status outside 200-299
 * @param protocol responses the parser could not read
 */
public record ErrorCounts(long connect, long timeout, long reset, long non2xx, long protocol) {

    public static final ErrorCounts NONE = new ErrorCounts(0, 0, 0, 0, 0);

    public long total() {
        return connect + timeout + reset + non2xx + protocol;
    }
}
