package dev.bakeoff.spring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The db endpoints of the contract with JdbcTemplate: plain blocking JDBC, each request on its own
 * virtual thread (pgjdbc 42.7 guards its socket with a ReentrantLock, so a waiting query parks the virtual
 * thread instead of pinning its carrier). Every row is its own query.
 */
@Controller
class DbEndpoints {

    record World(int id, int randomNumber) {}

    record Fortune(int id, String message) {}

    private static final String SELECT = "SELECT id, randomnumber FROM world WHERE id = ?";
    private static final String UPDATE = "UPDATE world SET randomnumber = ? WHERE id = ?";
    private static final RowMapper<World> WORLD = (rs, i) -> new World(rs.getInt(1), rs.getInt(2));
    private static final RowMapper<Fortune> FORTUNE = (rs, i) -> new Fortune(rs.getInt(1), rs.getString(2));

    private final ObjectProvider<JdbcTemplate> jdbc;

    DbEndpoints(ObjectProvider<JdbcTemplate> jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/db")
    @ResponseBody
    World db() {
        return world(jdbc());
    }

    @GetMapping("/queries")
    @ResponseBody
    List<World> queries(@RequestParam int n) {
        JdbcTemplate db = jdbc();
        List<World> rows = new ArrayList<>();
        for (int i = clamp(n); i > 0; i--) {
            rows.add(world(db));
        }
        return rows;
    }

    /**
     * One UPDATE per row, sent as one JDBC batch (one round trip; PostgreSQL still runs N statements). In id
     * order, as TechEmpower's implementations do, so that two requests updating the same rows cannot deadlock.
     */
    @GetMapping("/updates")
    @ResponseBody
    List<World> updates(@RequestParam int n) {
        JdbcTemplate db = jdbc();
        List<World> rows = new ArrayList<>();
        for (int i = clamp(n); i > 0; i--) {
            rows.add(new World(world(db).id(), randomId()));
        }
        List<World> ordered = rows.stream().sorted(Comparator.comparingInt(World::id)).toList();
        db.batchUpdate(UPDATE, ordered.stream()
                .map(w -> new Object[] {w.randomNumber(), w.id()})
                .toList());
        return rows;
    }

    /** Rendered by templates/fortunes.mustache, whose {{message}} Mustache HTML-escapes. */
    @GetMapping("/fortunes")
    ModelAndView fortunes() {
        List<Fortune> fortunes = new ArrayList<>(jdbc().query("SELECT id, message FROM fortune", FORTUNE));
        fortunes.add(new Fortune(0, "Additional fortune added at request time."));
        fortunes.sort(Comparator.comparing(Fortune::message));
        return new ModelAndView("fortunes", Map.of("fortunes", fortunes));
    }

    private JdbcTemplate jdbc() {
        JdbcTemplate db = jdbc.getIfAvailable();
        if (db == null) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "DATABASE_URL is not set");
        }
        return db;
    }

    private static World world(JdbcTemplate db) {
        return db.queryForObject(SELECT, WORLD, randomId());
    }

    private static int randomId() {
        return ThreadLocalRandom.current().nextInt(1, 10_001);
    }

    private static int clamp(int n) {
        return Math.min(500, Math.max(1, n));
    }
}
