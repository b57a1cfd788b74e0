package dev.bakeoff.spring;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/** Spring's plain WebSocket support (no STOMP): the room handler at /ws. */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class WebSocketConfig implements WebSocketConfigurer {

    private final ChatRoom room;

    WebSocketConfig(ChatRoom room) {
        this.room = room;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        // Default origin policy (same origin, or no Origin header as from non-browser clients).
        registry.addHandler(room, "/ws");
    }
}
