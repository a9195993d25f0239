package org.colophon.access;

import java.net.InetAddress;
import java.util.Objects;

/**
 * Who is asking: the address of the connection (after trusted proxies) and the signed-in
 * reader's id, {@code null} for an anonymous visitor.
 */
public record Viewer(Long readerId, InetAddress address) {

	public Viewer {
		Objects.requireNonNull(address, "address");
	}

}
