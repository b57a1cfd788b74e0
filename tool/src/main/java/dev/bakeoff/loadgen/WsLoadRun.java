package dev.bakeoff.loadgen;

import java.net.InetSocketAddress;

final class WsLoadRun {
    WsLoadRun(WsLoad load, Progress progress, Clock clock) {}

    WsResult run(InetSocketAddress address) throws InterruptedException {
        throw new UnsupportedOperationException("soon");
    }
}
