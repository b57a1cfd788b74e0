/**
 * The load generator: HTTP/1.1 and WebSocket load on Netty, open and closed model, latency in
 * HdrHistograms measured from each request's intended send time.
 *
 * <p>Public surface: the definitions {@link dev.bakeoff.loadgen.HttpLoad} and {@link
 * dev.bakeoff.loadgen.WsLoad}, their results {@link dev.bakeoff.loadgen.HttpResult} and {@link
 * dev.bakeoff.loadgen.WsResult}, the entry point {@link dev.bakeoff.loadgen.LoadGenerator}, the
 * {@link dev.bakeoff.loadgen.Progress} callback, and the renderers in {@link
 * dev.bakeoff.loadgen.LoadReport}. Everything else is package-private running state.
 *
 * <p>Latencies are recorded in microseconds, from 1 us to 60 s, with 3 significant digits.
 */
package dev.bakeoff.loadgen;
