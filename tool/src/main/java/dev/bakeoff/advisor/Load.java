package dev.bakeoff.advisor;

import java.util.ArrayList;
import java.util.List;

/**
 * The load a profile asks for, with every default it had to assume named (knowledge/fit.yaml), so that
 * the verdict can say "assumed 100 req/s (no peak stated)" rather than decide on a hidden number.
 *
 * @param cpuShare  share of requests that do CPU-bound work in the app's own language
 * @param dataShare share of requests that are data requests over {@code rows} rows
 * @param predictionsPerRequest model predictions per request served in-process (0: no inference)
 * @param dbShare   share of API requests that query the database (workload.database; 0: none stated)
 * @param assumed   one phrase per default used
 */
record Load(
        double peakRps,
        double p99Ms,
        double cores,
        long rows,
        double cpuShare,
        double dataShare,
        long connections,
        boolean realtime,
        double predictionsPerRequest,
        double dbShare,
        List<String> assumed) {

    Load {
        assumed = List.copyOf(assumed);
    }

    static Load of(FitRules rules, Profile p) {
        Profile.Requirements q = p.requirements();
        List<String> assumed = new ArrayList<>();
        long connections = p.workload().concurrentConnections();
        double rps = q.peakRps();
        if (rps <= 0) {
            rps = Math.max(rules.minRps(), connections / rules.connectionsPerRps());
            assumed.add("peak " + Format.qty(rps) + " req/s (none stated: " + Format.qty(connections)
                    + " connections / " + Format.num(rules.connectionsPerRps()) + ", at least "
                    + Format.num(rules.minRps()) + ")");
        }
        double p99 = q.p99Ms();
        if (p99 <= 0 && p.workload().realtime() == Profile.Share.CORE) {
            p99 = rules.realtimeP99Ms();
            assumed.add("p99 budget " + Format.num(p99) + " ms (none stated; real-time: 0.1 s feels instantaneous)");
        } else if (p99 <= 0) {
            p99 = rules.p99Ms();
            assumed.add("p99 budget " + Format.num(p99) + " ms (none stated)");
        }
        double cores = q.cores();
        if (cores <= 0 && q.budgetUsdMonth() > 0) {
            cores = q.budgetUsdMonth() / rules.usdPerCoreMonth();
            assumed.add(Format.num(cores) + " cores from the budget of USD " + Format.num(q.budgetUsdMonth())
                    + "/month at USD " + Format.num(rules.usdPerCoreMonth()) + " per core-month (list price)");
        } else if (cores <= 0) {
            cores = rules.cores();
            assumed.add(Format.num(cores) + " cores available (none stated)");
        }
        double dataShare = switch (p.workload().dataProcessing()) {
            case CORE -> rules.dataShareCore();
            case SOME -> rules.dataShareSome();
            case NONE -> q.rowsPerRequest() > 0 ? rules.dataShareSome() : 0;
        };
        long rows = q.rowsPerRequest();
        if (rows <= 0 && dataShare > 0) {
            rows = rules.rowsPerRequest();
            assumed.add(Format.qty(rows) + " rows per data request (none stated)");
        }
        double cpuShare = Math.min(p.workload().cpuHeavyShare(), 1 - dataShare);
        // Only in-process inference is what the ml workload measures; training and LLM orchestration are other
        // work (offline jobs, remote API calls) that no run workload measures.
        double predictions = 0;
        if (p.workload().ml() == Profile.Ml.INFERENCE) {
            predictions = rules.predictionsPerRequest();
            assumed.add(Format.num(predictions) + " model prediction(s) per request, served in-process (none stated)");
        } else if (p.workload().ml() != Profile.Ml.NONE) {
            assumed.add("the ML work's own cost (" + p.workload().ml() + ") is not in the fit (no run workload measures"
                    + " it): the cores are those of request handling, CPU-heavy and data work only");
        }
        double dbShare = switch (p.workload().database()) {
            case HEAVY -> rules.dbShareHeavy();
            case SOME -> rules.dbShareSome();
            case NONE -> 0;
        };
        if (dbShare > 0) {
            assumed.add(Format.pct(dbShare) + " of API requests run a database query (workload.database "
                    + p.workload().database() + "), priced as the db workload's GET /db");
        }
        return new Load(
                rps,
                p99,
                cores,
                rows,
                cpuShare,
                dataShare,
                connections,
                p.workload().realtime() != Profile.Share.NONE,
                predictions,
                dbShare,
                assumed);
    }

    /** The same load with the peak rate multiplied by {@code factor} (for the Monte Carlo). */
    Load scaled(double factor, double p99Factor) {
        return new Load(
                peakRps * factor,
                p99Ms * p99Factor,
                cores,
                rows,
                cpuShare,
                dataShare,
                Math.round(connections * factor),
                realtime,
                predictionsPerRequest,
                dbShare,
                assumed);
    }

    /** The same load with no model served in-process (a hybrid's API part: the service part serves it). */
    Load withoutInference() {
        return new Load(peakRps, p99Ms, cores, rows, cpuShare, dataShare, connections, realtime, 0, dbShare, assumed);
    }

    boolean inference() {
        return predictionsPerRequest > 0;
    }

    String describe() {
        String text = Format.qty(peakRps) + " req/s at peak, p99 budget " + Format.num(p99Ms) + " ms, "
                + Format.num(cores) + " cores";
        if (dataShare > 0) {
            text += ", " + Format.pct(dataShare) + " data requests over " + Format.qty(rows) + " rows";
        }
        if (cpuShare > 0) {
            text += ", " + Format.pct(cpuShare) + " CPU-heavy requests";
        }
        if (realtime) {
            text += ", " + Format.qty(connections) + " open connections";
        }
        if (dbShare > 0) {
            text += ", " + Format.pct(dbShare) + " of API requests querying the database";
        }
        if (inference()) {
            text += ", " + Format.num(predictionsPerRequest) + " in-process model prediction(s) per request";
        }
        return text;
    }
}
