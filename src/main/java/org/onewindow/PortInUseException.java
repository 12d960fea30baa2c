package org.onewindow;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** The HTTP port is taken: said at once, with the port, before any start-up work. */
public final class PortInUseException extends Exception {

    PortInUseException(String host, int port, IOException cause) {
        super(
                "port " + port + " on " + host + " is already in use (is another OneWindow running?); "
                        + "stop it or choose another port with --port",
                cause);
    }

    /** Fails when nothing can listen on {@code host:port} now; port 0 (any free port) always passes. */
    static void requireFree(String host, int port) throws PortInUseException {
        if (port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            // As Vert.x will bind: a port in TIME_WAIT after a restart is free, one with a listener is not.
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(InetAddress.getByName(host), port), 1);
        } catch (IOException e) {
            throw new PortInUseException(host, port, e);
        }
    }
}
