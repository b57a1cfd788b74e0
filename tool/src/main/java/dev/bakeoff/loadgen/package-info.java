/**
 * The load generator: HTTP/1.1 and WebSocket load on Netty, open and closed model, latency in HdrHistograms
 * measured from each request's intended send time. Latencies are recorded in microseconds, from 1 us to 60 s,
 * with 4 significant digits (a latency beyond a 1 s downstream delay resolved to tens of microseconds).
 *
 * <p>May use: model, yaml (mix files).
 *
 * <p>Public types: {@link ClassResult}, {@link Defaults}, {@link Deliveries}, {@link DurationText}, {@link
 * ErrorCounts}, {@link HttpLoad}, {@link HttpResult}, {@link IntervalLog}, {@link IntervalStats}, {@link
 * LoadGenerator}, {@link LoadInterrupted}, {@link LoadReport}, {@link LoadShape}, {@link MixFile}, {@link
 * Progress}, {@link RateSeries}, {@link RequestClass}, {@link SteadyState}, {@link Stop}, {@link WsLoad}, {@link
 * WsResult}.
 */
package dev.bakeoff.loadgen;
