package dev.bakeoff.model;

/**
 * Whether a stack can be started now, and its versions when it can.
 *
 * @param reason       why it is not ready (empty when ready)
 * @param installRoute how its runtime and packages were installed, e.g. "venv (pip -r requirements.txt)"
 */
public record StackStatus(
        String stack,
        String language,
        String runtime,
        String framework,
        boolean ready,
        String reason,
        String runtimeVersion,
        String frameworkVersion,
        boolean websocket,
        String installRoute) {}
