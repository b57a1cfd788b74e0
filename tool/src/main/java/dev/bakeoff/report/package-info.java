/**
 * The reports of a run: what a report says ({@link ReportContent}), rendered as one self-contained HTML file,
 * Markdown with SVG charts, and JSON. It reads a run's summarized figures and the advisor's verdict, never the
 * run engine (docs/DESIGN.md, Rooms).
 *
 * <p>May use: model, advisor.
 *
 * <p>Public types: {@link ReportContent}, {@link Reports}, {@link Template}.
 */
package dev.bakeoff.report;
