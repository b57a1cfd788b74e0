package dev.bakeoff.spring;

import java.net.http.HttpClient;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** The RestClient for /io, created once at start-up and shared by every request. */
@Configuration(proxyBeanMethods = false)
class DownstreamClient {

    @Bean
    RestClient downstream(@Value("${DOWNSTREAM_URL}") String baseUrl) {
        // The JDK HttpClient keeps a keep-alive connection pool and multiplexes waiting requests
        // on its own selector; the calling virtual thread just parks while it waits.
        HttpClient http = HttpClient.newBuilder()
                // The JDK client defaults to HTTP/2, which on plain http:// means an h2c upgrade
                // attempt on every new connection; the delay service speaks HTTP/1.1.
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(Duration.ofSeconds(30));
        return RestClient.builder().baseUrl(baseUrl).requestFactory(requests).build();
    }
}
