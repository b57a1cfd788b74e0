package dev.bakeoff.loadgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bakeoff.model.BadInputException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadValidationTest {
    private static final URI LOCAL = URI.create("http://127.0.0.1:8080/plaintext");

    private static HttpLoad http(int connections, int pipeline, Duration warmup) {
        return new HttpLoad(
                LOCAL,
                new LoadShape.ClosedModel(),
                connections,
                pipeline,
                warmup,
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                List.of(),
                false,
                1,
                SteadyState.FIXED);
    }

    private static WsLoad ws(int connections, int publishers, int payload) {
        return new WsLoad(
                URI.create("ws://localhost:8080/ws"),
                connections,
                publishers,
                10,
                payload,
                Duration.ZERO,
                Duration.ofSeconds(1),
                false,
                false,
                1);
    }

    @Test
    void acceptsAGoodDefinitionAndResolvesItsTarget() {
        assertThat(LoadValidation.check(http(4, 1, Duration.ZERO)).getPort()).isEqualTo(8080);
        assertThat(LoadValidation.check(ws(3, 1, 100)).getAddress().isLoopbackAddress())
                .isTrue();
    }

    @Test
    void namesTheOptionOfEachBadValue() {
        assertThatThrownBy(() -> LoadValidation.check(http(0, 1, Duration.ZERO)))
                .isInstanceOf(BadInputException.class)
                .extracting(e -> ((BadInputException) e).where())
                .isEqualTo("--connections");
        assertThatThrownBy(() -> LoadValidation.check(http(1, 0, Duration.ZERO)))
                .extracting(e -> ((BadInputException) e).where())
                .isEqualTo("--pipeline");
        assertThatThrownBy(() -> LoadValidation.check(http(1, 1, Duration.ofSeconds(-1))))
                .extracting(e -> ((BadInputException) e).where())
                .isEqualTo("--warmup");
        assertThatThrownBy(() -> LoadValidation.check(ws(3, 4, 100)))
                .extracting(e -> ((BadInputException) e).where())
                .isEqualTo("--publishers");
        assertThatThrownBy(() -> LoadValidation.check(ws(3, 1, 10)))
                .extracting(e -> ((BadInputException) e).where())
                .isEqualTo("--payload");
    }

    @Test
    void refusesTlsAndTheWrongSchemeForTheLoad() {
        HttpLoad https = HttpLoad.open(URI.create("https://127.0.0.1/"), 10);
        assertThatThrownBy(() -> LoadValidation.check(https)).hasMessageContaining("unsupported scheme 'https'");
        HttpLoad wsAsHttp = HttpLoad.open(URI.create("ws://127.0.0.1/"), 10);
        assertThatThrownBy(() -> LoadValidation.check(wsAsHttp)).hasMessageContaining("unsupported scheme 'ws'");
    }

    @Test
    void allowsARemoteTargetOnlyWhenAsked() {
        URI remote = URI.create("http://192.0.2.1/");
        HttpLoad load = HttpLoad.open(remote, 10);
        assertThatThrownBy(() -> LoadValidation.check(load)).hasMessageContaining("--allow-remote");
        HttpLoad allowed = new HttpLoad(
                remote,
                load.shape(),
                1,
                1,
                Duration.ZERO,
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                List.of(),
                true,
                1,
                SteadyState.FIXED);
        assertThat(LoadValidation.check(allowed).getAddress().getHostAddress()).isEqualTo("192.0.2.1");
    }
}
