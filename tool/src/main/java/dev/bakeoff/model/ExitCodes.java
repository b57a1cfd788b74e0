package dev.bakeoff.model;

/** The stable exit codes of every bakeoff command; scripts and the web UI rely on them. */
public final class ExitCodes {
    /** Everything asked for was done. */
    public static final int OK = 0;
    /** A bug in Bakeoff: the message says what broke; please report it. */
    public static final int INTERNAL = 1;
    /** Bad input or usage: the message names the input, where it is, and the fix. */
    public static final int BAD_INPUT = 2;
    /**
     * A stack failed verification, a run had failed cells, compare's CI gate found a regression, or a
     * load got no answer (or only non-2xx answers).
     */
    public static final int FAILED = 3;

    private ExitCodes() {}
}
