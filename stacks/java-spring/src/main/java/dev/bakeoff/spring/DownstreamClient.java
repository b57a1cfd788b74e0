package dev.bakeoff.spring;

import java.time.Duration;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The RestClient for /io, created once at start-up and shared by every request.
 *
 * <p>Apache HttpClient 5, not the JDK HttpClient: Spring Boot's client detection tries Apache HttpClient 5
 * first (then Jetty, Reactor Netty, the JDK client), and in two `bakeoff run --preset quick --workloads io`
 * runs of each on this project's 2-core machine (busy with other jobs, load average 9-14, so rough), /io
 * at 64 connections served 85 and 78 req/s with HttpClient 5 against 15 and 22 req/s with the JDK client
 * (p99 1.1-1.6 s against 2.3-3.1 s), at a similar app CPU share. Both calls block a virtual thread.
 */
@Configuration(proxyBeanMethods = false)
class DownstreamClient {

    @Bean
    RestClient downstream(@Value("${DOWNSTREAM_URL}") String baseUrl) {
        // HttpClient 5's pool defaults to 5 connections per route (25 in all), which would queue /io
        // behind a handful of sockets; the contract wants ~1024 downstream calls waiting at once.
        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(1024)
                .setMaxConnPerRoute(1024)
                .build();
        CloseableHttpClient http = HttpClients.custom().setConnectionManager(pool).build();
        HttpComponentsClientHttpRequestFactory requests = new HttpComponentsClientHttpRequestFactory(http);
        requests.setReadTimeout(Duration.ofSeconds(30));
        return RestClient.builder().baseUrl(baseUrl).requestFactory(requests).build();
    }
}
