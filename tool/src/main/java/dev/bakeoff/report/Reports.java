package dev.bakeoff.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.bakeoff.advisor.Verdict;
import dev.bakeoff.model.BadInputException;
import dev.bakeoff.model.RunMetrics;
import dev.bakeoff.model.StoredRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Reports of a run: {@link #content} gathers what a report says, the other methods render it as one
 * self-contained HTML file, Markdown (with its charts as SVG files) and JSON. Stateless; thread-safe.
 */
public final class Reports {
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private Reports() {}

    /** What a metric measures, in the words the reports use (the web UI's compare table uses them too). */
    public static String metricLabel(String name) {
        return Labels.metric(name);
    }

    /**
     * @param verdict the verdict for a profile, or null for a report of the measurements only
     * @param claims  the claim checks to show (the verdict's own when there is a verdict)
     * @param rerun   command lines that measure and report again, shown in the environment section
     */
    public static ReportContent content(
            StoredRun run,
            RunMetrics metrics,
            Verdict verdict,
            List<Verdict.ClaimCheck> claims,
            List<String> rerun,
            Instant now) {
        return ReportBuilder.build(run, metrics, verdict, verdict != null ? verdict.claims() : claims, rerun, now);
    }

    public static String html(ReportContent c) {
        return HtmlReport.render(c, json(c));
    }

    public static String markdown(ReportContent c) {
        return MarkdownReport.render(c);
    }

    public static String json(ReportContent c) {
        try {
            return JSON.writeValueAsString(c);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report as JSON: " + e.getMessage(), e);
        }
    }

    /**
     * Writes report.html, report.md, report.json and charts/*.svg into {@code dir} and returns the HTML
     * file. A directory that cannot be written is bad input, named as {@code shownAs}.
     */
    public static Path write(ReportContent c, Path dir, String shownAs) {
        try {
            Files.createDirectories(dir.resolve("charts"));
            SvgCharts charts = new SvgCharts(new Palette(c.stacks()));
            for (Chart chart : ReportBuilder.allCharts(c)) {
                Files.writeString(
                        dir.resolve("charts").resolve(chart.id() + ".svg"), charts.svg(chart), StandardCharsets.UTF_8);
            }
            Files.writeString(dir.resolve("report.md"), markdown(c), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("report.json"), json(c), StandardCharsets.UTF_8);
            Path html = dir.resolve("report.html");
            Files.writeString(html, html(c), StandardCharsets.UTF_8);
            return html;
        } catch (IOException | SecurityException e) {
            throw new BadInputException(
                    shownAs, "cannot write the report there: " + e, "choose a writable directory with --out DIR");
        }
    }
}
