package dev.bakeoff.vertx;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.templ.handlebars.HandlebarsTemplateEngine;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;

/**
 * The db endpoints of the contract on the reactive PostgreSQL client, all on the instance's event loop.
 * Each verticle instance owns its pool (bound to its event loop), so a pool holds this instance's share
 * of DATABASE_POOL: ceil(DATABASE_POOL / WORKERS), the contract's per-worker rule.
 */
final class Database {
    private static final String SELECT = "SELECT id, randomnumber FROM world WHERE id = $1";
    private static final String UPDATE = "UPDATE world SET randomnumber = $1 WHERE id = $2";

    private final Pool pool;
    private final HandlebarsTemplateEngine templates;

    private Database(Pool pool, HandlebarsTemplateEngine templates) {
        this.pool = pool;
        this.templates = templates;
    }

    /** Adds /db, /queries, /updates, /fortunes; without DATABASE_URL they answer 503. */
    static void routes(Vertx vertx, Router router) {
        String url = System.getenv("DATABASE_URL");
        if (url == null || url.isBlank()) {
            router.getWithRegex("/(db|queries|updates|fortunes)").handler(ctx -> ctx.response()
                    .setStatusCode(503)
                    .end("DATABASE_URL is not set"));
            return;
        }
        int workers = Math.max(1, Integer.parseInt(System.getenv().getOrDefault("WORKERS", "1")));
        int total = Math.max(1, Integer.parseInt(System.getenv().getOrDefault("DATABASE_POOL", "3")));
        // The client parses the libpq-style URL itself; prepared statements are cached per connection.
        PgConnectOptions connect = PgConnectOptions.fromUri(url).setCachePreparedStatements(true);
        Pool pool = PgBuilder.pool()
                .with(new PoolOptions().setMaxSize((total + workers - 1) / workers))
                .connectingTo(connect)
                .using(vertx)
                .build();
        Database db = new Database(pool, HandlebarsTemplateEngine.create(vertx));
        router.get("/db").handler(db::single);
        router.get("/queries").handler(db::queries);
        router.get("/updates").handler(db::updates);
        router.get("/fortunes").handler(db::fortunes);
    }

    private void single(RoutingContext ctx) {
        world().onSuccess(ctx::json).onFailure(ctx::fail);
    }

    /** The N queries run concurrently on the pool (pipelined), as a reactive app writes them. */
    private void queries(RoutingContext ctx) {
        Integer n = HttpVerticle.intParam(ctx, "n");
        if (n == null) {
            ctx.response().setStatusCode(400).end();
            return;
        }
        worlds(clamp(n)).onSuccess(rows -> ctx.json(new JsonArray(rows))).onFailure(ctx::fail);
    }

    /** One UPDATE per row in one pipelined batch, in id order so that two requests cannot deadlock. */
    private void updates(RoutingContext ctx) {
        Integer n = HttpVerticle.intParam(ctx, "n");
        if (n == null) {
            ctx.response().setStatusCode(400).end();
            return;
        }
        worlds(clamp(n)).compose(rows -> {
                    rows.forEach(row -> row.put("randomNumber", randomId()));
                    List<Tuple> batch = rows.stream()
                            .sorted(Comparator.comparingInt(row -> row.getInteger("id")))
                            .map(row -> Tuple.of(row.getInteger("randomNumber"), row.getInteger("id")))
                            .toList();
                    return pool.preparedQuery(UPDATE).executeBatch(batch).map(done -> rows);
                })
                .onSuccess(rows -> ctx.json(new JsonArray(rows)))
                .onFailure(ctx::fail);
    }

    /** Rendered by templates/fortunes.hbs, whose {{message}} Handlebars HTML-escapes. */
    private void fortunes(RoutingContext ctx) {
        pool.query("SELECT id, message FROM fortune").execute().compose(result -> {
                    List<JsonObject> fortunes = new ArrayList<>();
                    for (Row row : result) {
                        fortunes.add(new JsonObject().put("id", row.getInteger(0)).put("message", row.getString(1)));
                    }
                    fortunes.add(new JsonObject().put("id", 0).put("message", "Additional fortune added at request time."));
                    fortunes.sort(Comparator.comparing(f -> f.getString("message")));
                    return templates.render(new JsonObject().put("fortunes", new JsonArray(fortunes)),
                            "templates/fortunes.hbs");
                })
                .onSuccess(page -> ctx.response().putHeader("Content-Type", "text/html; charset=utf-8").end(page))
                .onFailure(ctx::fail);
    }

    private Future<List<JsonObject>> worlds(int n) {
        List<Future<JsonObject>> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(world());
        }
        return Future.all(rows).map(all -> all.<JsonObject>list());
    }

    private Future<JsonObject> world() {
        return pool.preparedQuery(SELECT).execute(Tuple.of(randomId())).map(rows -> {
            Row row = rows.iterator().next();
            return new JsonObject().put("id", row.getInteger(0)).put("randomNumber", row.getInteger(1));
        });
    }

    private static int randomId() {
        return ThreadLocalRandom.current().nextInt(1, 10_001);
    }

    private static int clamp(int n) {
        return Math.min(500, Math.max(1, n));
    }
}
