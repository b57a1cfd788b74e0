/**
 * The advice: a project profile (read from YAML, an interview or a phrase), the knowledge base of sourced facts
 * and the articles' claims, each candidate's fit to the profile's requirements, the weighted scoring with its
 * Monte Carlo sensitivity, the claim checks against a run's measurements, and the ADR. It reads a run's
 * figures as {@link dev.bakeoff.model.RunMetrics}, never the run engine (docs/DESIGN.md, Rooms).
 *
 * <p>May use: model, yaml.
 *
 * <p>Public types: {@link AdrWriter}, {@link Advisor}, {@link MeasureNeeds}, {@link Profile}, {@link Verdict},
 * {@link VerdictText}.
 */
package dev.bakeoff.advisor;
