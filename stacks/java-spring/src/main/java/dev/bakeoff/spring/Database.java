package dev.bakeoff.spring;

import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The PostgreSQL pool of the db endpoints, made only when the lab gives DATABASE_URL: without it there is
 * no DataSource bean and {@link DbEndpoints} answers 503. One JVM serves every request, so the pool holds
 * all of DATABASE_POOL (HikariCP's fixed-size default: minimumIdle = maximumPoolSize).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("DATABASE_URL")
class Database {

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(Environment env) {
        URI url = URI.create(env.getRequiredProperty("DATABASE_URL"));
        HikariConfig config = new HikariConfig();
        // The lab's URL is libpq style (postgresql://user:password@host:port/db); JDBC wants the
        // credentials apart and the jdbc: scheme.
        config.setJdbcUrl("jdbc:postgresql://" + url.getHost() + ":" + url.getPort() + url.getRawPath());
        String[] userInfo = url.getRawUserInfo().split(":", 2);
        config.setUsername(decode(userInfo[0]));
        config.setPassword(userInfo.length > 1 ? decode(userInfo[1]) : "");
        config.setMaximumPoolSize(Math.max(1, env.getProperty("DATABASE_POOL", Integer.class, 3)));
        config.setPoolName("bakeoff-db");
        HikariDataSource pool = new HikariDataSource(config);
        fill(pool, config.getMaximumPoolSize());
        return pool;
    }

    /**
     * Hikari opens one connection at start and the rest in the background, which would then run (SCRAM
     * authentication on a cold JVM is CPU-heavy) while the first requests are served. The contract has
     * /health answer only once the pools are created, so every connection is opened here, before Tomcat
     * opens the port: borrowed all at once, then returned.
     */
    private static void fill(HikariDataSource pool, int size) {
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < size; i++) {
                held.add(pool.getConnection());
            }
            for (Connection c : held) {
                c.close();
            }
        } catch (SQLException e) {
            pool.close();
            throw new IllegalStateException("cannot open the database pool: " + e.getMessage(), e);
        }
    }

    @Bean
    JdbcTemplate jdbcTemplate(DataSource dataSource) {
        return new JdbcTemplate(dataSource);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
