package dev.bakeoff.spring;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/** The /ws room: every text message goes to every other connected session, in order. */
@Component
class ChatRoom extends TextWebSocketHandler {

    private static final int SEND_TIME_LIMIT_MS = 10_000;
    private static final int BUFFER_SIZE_LIMIT = 1024 * 1024;

    /** Session id -> session wrapped so that several threads may send to it safely and in order. */
    private final Map<String, WebSocketSession> sessions = new ConcurrentHashMap<>();

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        sessions.put(session.getId(),
                new ConcurrentWebSocketSessionDecorator(session, SEND_TIME_LIMIT_MS, BUFFER_SIZE_LIMIT));
    }

    @Override
    protected void handleTextMessage(WebSocketSession sender, TextMessage message) {
        for (WebSocketSession other : sessions.values()) {
            if (!other.getId().equals(sender.getId()) && other.isOpen()) {
                try {
                    other.sendMessage(message);
                } catch (IOException | IllegalStateException e) {
                    sessions.remove(other.getId()); // gone or too slow: the decorator closed it
                }
            }
        }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        sessions.remove(session.getId());
    }
}
