package dev.bakeoff.spring;

import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.server.ResponseStatusException;

/**
 * The HTTP endpoints of the contract. Every handler runs on its own virtual thread
 * (spring.threads.virtual.enabled), so plain blocking code is the idiomatic style here.
 * A missing or non-integer @RequestParam is answered 400 by Spring MVC itself.
 */
@RestController
class Endpoints {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT =
            new ParameterizedTypeReference<>() {};

    record Message(String message) {}

    record Primes(int n, int primes) {}

    private final RestClient downstream;
    private final Orders orders;

    Endpoints(RestClient downstream, Orders orders) {
        this.downstream = downstream;
        this.orders = orders;
    }

    /** Tomcat only opens the port after the context (dataset, HTTP client) is fully built. */
    @GetMapping(path = "/health", produces = MediaType.TEXT_PLAIN_VALUE)
    String health() {
        return "ok";
    }

    @GetMapping(path = "/plaintext", produces = MediaType.TEXT_PLAIN_VALUE)
    String plaintext() {
        return "Hello, World!";
    }

    /** Serialized per request by Jackson, Spring Boot's default JSON facility. */
    @GetMapping("/json")
    Message json() {
        return new Message("Hello, World!");
    }

    /**
     * One downstream call through the shared RestClient. The call blocks, but on a virtual thread
     * blocking parks the virtual thread and releases its carrier thread, so thousands of /io
     * requests wait concurrently on a handful of carriers: with virtual threads this is Spring's
     * recommended non-blocking model, without a reactive stack.
     */
    @GetMapping("/io")
    Map<String, Object> io(@RequestParam int ms) {
        return downstream.get().uri("/delay?ms={ms}", ms).retrieve().body(JSON_OBJECT);
    }

    /** Downstream refused, timed out, answered non-2xx or with bad JSON: that is a bad gateway. */
    @ExceptionHandler(RestClientException.class)
    @ResponseStatus(HttpStatus.BAD_GATEWAY)
    void downstreamFailed() {
    }

    @GetMapping("/cpu")
    Primes cpu(@RequestParam int n) {
        return new Primes(n, countPrimesBelow(n));
    }

    /** tier and rows as CONTRACT.md gives them; a tier other than the two, or rows below 1, is a 400. */
    @GetMapping("/data/report")
    List<Orders.RegionReport> report(@RequestParam("min_qty") int minQty,
            @RequestParam(name = "tier", defaultValue = "realistic") String tier,
            @RequestParam(name = "rows", required = false) Integer rows) {
        if (!tier.equals("realistic") && !tier.equals("tuned")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "tier must be realistic or tuned");
        }
        if (rows != null && rows < 1) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "rows must be a positive integer");
        }
        return orders.report(minQty, tier.equals("tuned"), rows == null ? Integer.MAX_VALUE : rows);
    }

    /** Trial division exactly as CONTRACT.md prescribes, so every stack does the same work. */
    static int countPrimesBelow(int n) {
        int count = n > 2 ? 1 : 0;
        for (int k = 3; k < n; k += 2) {
            boolean prime = true;
            for (int d = 3; d * d <= k; d += 2) {
                if (k % d == 0) {
                    prime = false;
                    break;
                }
            }
            if (prime) {
                count++;
            }
        }
        return count;
    }
}
