package dev.bakeoff.spring;

import java.net.URI;
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
        return new HikariDataSource(config);
    }

    @Bean
    JdbcTemplate jdbcTemplate(DataSource dataSource) {
        return new JdbcTemplate(dataSource);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
