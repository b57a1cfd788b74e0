package dev.bakeoff.lab;

import dev.bakeoff.model.BadInputException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Loopback ports for apps: a free one chosen by the kernel, or the user's, checked to be free. */
public final class Ports {
    private Ports() {}

    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free loopback port: " + e.getMessage(), e);
        }
    }

    /** Returns {@code port} if nothing listens on it on 127.0.0.1, else explains which option to change. */
    public static int requireFree(int port, String option) {
        if (port < 1 || port > 65535) {
            throw new BadInputException(
                    option, "port " + port + " is outside 1..65535", "choose a port from 1024 to 65535");
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return port;
        } catch (IOException e) {
            throw new BadInputException(
                    option,
                    "port " + port + " on 127.0.0.1 is already in use",
                    "choose another port, or leave " + option + " out to let Bakeoff pick a free one");
        }
    }
}
