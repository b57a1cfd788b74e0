package dev.bakeoff.plan;

/**
 * How the lab makes a composed stack's service fail while its front is loaded: the two ways a dependency
 * fails in production, which a front must survive differently (one costs it its timeout per call, the other
 * answers at once).
 */
public enum ServiceFault {
    /** The service's processes are stopped (SIGSTOP): connections stay open and no answer comes, like a hung service. */
    STALL("stall", "the service hung (SIGSTOP: connections open, no answers)"),
    /** The service's processes are killed (SIGKILL): connections are refused; the lab restarts it afterwards. */
    DOWN("down", "the service killed (SIGKILL: connections refused), then restarted");

    private final String level;
    private final String what;

    ServiceFault(String level, String what) {
        this.level = level;
        this.what = what;
    }

    /** The step's level, e.g. {@code svc-stall}. */
    public String level() {
        return "svc-" + level;
    }

    public String what() {
        return what;
    }
}
