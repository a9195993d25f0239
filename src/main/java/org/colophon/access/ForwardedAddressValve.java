package org.colophon.access;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.RemoteIpValve;
import org.apache.catalina.valves.ValveBase;

/**
 * Keeps the viewer's address an IP literal after {@link RemoteIpValve}, which takes what
 * a trusted proxy forwarded as it stands. An address with a port ({@code 192.0.2.1:4711},
 * {@code [2001:db8::1]:4711}) or an IPv6 address in brackets counts as the address;
 * anything else (a host name, {@code unknown}) is not believed, as if nothing had been
 * forwarded, so the viewer is the connection's peer. Nothing later then asks DNS about a
 * name someone chose, or fails on it.
 */
final class ForwardedAddressValve extends ValveBase {

	private static final Pattern IPV4_WITH_PORT = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3}){3}):\\d{1,5}");

	private static final Pattern IPV6_IN_BRACKETS = Pattern
		.compile("\\[([0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)\\](?::\\d{1,5})?");

	ForwardedAddressValve() {
		super(true);
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		String address = request.getRemoteAddr();
		if (IpAddresses.parse(address).isEmpty()) {
			String literal = literalIn(address).orElseGet(request::getPeerAddr);
			request.setRemoteAddr(literal);
			request.setRemoteHost(literal);
		}
		getNext().invoke(request, response);
	}

	/**
	 * The IP literal in a forwarded address written with a port or in brackets.
	 */
	static Optional<String> literalIn(String forwarded) {
		for (Pattern form : new Pattern[] { IPV4_WITH_PORT, IPV6_IN_BRACKETS }) {
			Matcher matcher = form.matcher(forwarded);
			if (matcher.matches() && IpAddresses.parse(matcher.group(1)).isPresent()) {
				return Optional.of(matcher.group(1));
			}
		}
		return Optional.empty();
	}

}
