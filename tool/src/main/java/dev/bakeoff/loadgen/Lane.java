package dev.bakeoff.loadgen;

import java.util.ArrayList;
import java.util.List;

/**
 * What one connection of an HTTP load sends: one request class on its own schedule, or (closed model
 * with a mix) the mix's weighted cycle. In the open model each class of a mix is paced on its own
 * connections at its own share of the rate, so a rare class (2/s of CPU jobs beside 500/s of cheap
 * requests) goes out at its rate from the first second, instead of waiting for its slot in a long
 * cycle that short loads never reach.
 *
 * @param requestClass the class this connection always sends, or {@link #CYCLE}
 * @param ratePerSecond the rate this connection's group shares (open model), 0 for closed
 * @param index this connection's place in its group
 * @param of the connections of its group
 * @param cycleStart where in the mix's cycle a {@link #CYCLE} connection starts
 */
record Lane(int requestClass, double ratePerSecond, int index, int of, int cycleStart) {
    static final int CYCLE = -1;
    /** Connections a class of an open-model mix gets at least: one slow answer does not hold up its schedule. */
    static final int MIN_OPEN_CONNECTIONS_PER_CLASS = 2;

    /**
     * The lanes of a load: open model, each class its own group of connections (its share of {@code
     * connections}, at least {@link #MIN_OPEN_CONNECTIONS_PER_CLASS}), paced at its share of the rate; closed
     * model, every connection cycles through the mix, their starts spread evenly over the cycle; closed model
     * {@code perClass}, each class its share of the connections (at least one), each sending only that class.
     */
    static List<Lane> of(List<RequestClass> classes, int connections, double ratePerSecond, boolean perClass) {
        List<Lane> lanes = new ArrayList<>();
        int total = classes.stream().mapToInt(RequestClass::weight).sum();
        boolean open = ratePerSecond > 0;
        if (classes.size() == 1 || (!open && !perClass)) {
            int cycle = Math.max(1, total);
            for (int i = 0; i < connections; i++) {
                int start = (int) ((long) i * cycle / connections);
                lanes.add(new Lane(classes.size() == 1 ? 0 : CYCLE, ratePerSecond, i, connections, start));
            }
            return lanes;
        }
        for (int c = 0; c < classes.size(); c++) {
            double share = (double) classes.get(c).weight() / total;
            int n = (int) Math.max(open ? MIN_OPEN_CONNECTIONS_PER_CLASS : 1, Math.round(connections * share));
            for (int i = 0; i < n; i++) {
                lanes.add(new Lane(c, ratePerSecond * share, i, n, 0));
            }
        }
        return lanes;
    }

    /** Requests of class {@code c} the open-model schedule plans over {@code seconds}; 0 for the closed model. */
    static double planned(List<Lane> lanes, int c, double seconds) {
        return lanes.stream()
                        .filter(l -> l.requestClass() == c && l.index() == 0)
                        .mapToDouble(Lane::ratePerSecond)
                        .sum()
                * seconds;
    }
}
