package dev.bakeoff.model;

/**
 * Input from the user (a file, an option, an argument) that Bakeoff cannot use. Maps to exit code
 * {@link ExitCodes#BAD_INPUT}. The message always says where the input is ({@code file:line} for
 * files, the option name for arguments), what is wrong, and how to fix it.
 */
public final class BadInputException extends RuntimeException {
    private final String where;
    private final String problem;
    private final String fix;

    public BadInputException(String where, String problem, String fix) {
        super(where + ": " + problem + (fix.isEmpty() ? "" : "\n  fix: " + fix));
        this.where = where;
        this.problem = problem;
        this.fix = fix;
    }

    public String where() {
        return where;
    }

    public String problem() {
        return problem;
    }

    public String fix() {
        return fix;
    }
}
