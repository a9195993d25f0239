package org.colophon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * A loopback port that is free when asked, for test servers that must be configured
 * before they start (so that builds running side by side never share a fixed port).
 */
public final class FreePort {

	private FreePort() {
	}

	public static int onLoopback() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
