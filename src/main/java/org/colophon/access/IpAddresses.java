package org.colophon.access;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads IP address literals, and only literals: nothing here ever asks DNS about a name,
 * which a viewer's address could otherwise make the server do.
 */
public final class IpAddresses {

	private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

	private static final Pattern IPV6 = Pattern.compile("([0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)(%[0-9A-Za-z_.\\-]+)?");

	private IpAddresses() {
	}

	/**
	 * The address an IPv4 (dotted decimal) or IPv6 literal names, without its IPv6 zone,
	 * which no range takes into account; empty for anything else, a host name included.
	 */
	public static Optional<InetAddress> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher ipv4 = IPV4.matcher(text);
		if (ipv4.matches()) {
			byte[] bytes = new byte[4];
			for (int i = 0; i < 4; i++) {
				int octet = Integer.parseInt(ipv4.group(i + 1));
				if (octet > 255) {
					return Optional.empty();
				}
				bytes[i] = (byte) octet;
			}
			return Optional.of(address(bytes));
		}
		Matcher ipv6 = IPV6.matcher(text);
		if (ipv6.matches()) {
			try {
				// A text with a colon is only ever read as an IPv6 literal, never looked
				// up.
				return Optional.of(InetAddress.getByName(ipv6.group(1)));
			}
			catch (UnknownHostException | IllegalArgumentException ex) {
				return Optional.empty();
			}
		}
		return Optional.empty();
	}

	private static InetAddress address(byte[] bytes) {
		try {
			return InetAddress.getByAddress(bytes);
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException("Four bytes are always an IPv4 address", ex);
		}
	}

}
