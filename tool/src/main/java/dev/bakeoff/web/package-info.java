/**
 * The local web UI on 127.0.0.1: one page, its script and style, a JSON API, the live run and the reports. The
 * handlers parse a request, call the flow room's services (or the CLI's own commands) and render what those
 * return; like the CLI they never run or summarize a plan themselves (docs/DESIGN.md, Rooms).
 *
 * <p>May use: model, yaml, loadgen, lab, plan, store, advisor, report, flow.
 *
 * <p>Public types: {@link WebServer}.
 */
package dev.bakeoff.web;
