package dev.bakeoff.lab;

import dev.bakeoff.model.CpuPlan;

/**
 * How many database connections an app may hold, in all its worker processes together: one rule for every
 * stack, so that none wins by queueing less. HikariCP's pool-sizing rule (github.com/brettwooldridge/HikariCP,
 * wiki "About Pool Sizing"): connections = 2 x the database server's cores + 1 (one "spindle"); more only
 * queue inside the server. A stack with W worker processes gives each ceil(pool / W) (CONTRACT.md).
 */
final class DatabasePool {
    private DatabasePool() {}

    public static int size(CpuPlan cpus) {
        return 2 * cpus.loadCpus().size() + 1;
    }
}
