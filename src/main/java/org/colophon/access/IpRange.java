package org.colophon.access;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An IPv4 or IPv6 address range in CIDR form, kept with its first and last address as 32
 * hex digits (IPv4 as IPv4-mapped IPv6) so that the database can find the ranges holding
 * an address by index.
 */
@Embeddable
record IpRange(@Column(name = "cidr", nullable = false) String cidr,
		@Column(name = "start_hex", nullable = false) String startHex,
		@Column(name = "end_hex", nullable = false) String endHex) {

	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

	/**
	 * Parses a range such as {@code 192.0.2.0/24} or {@code 2001:db8::/32}; a bare
	 * address is a range of one.
	 * @throws IllegalArgumentException with a readable message when it is not a CIDR
	 * range
	 */
	public static IpRange parse(String cidr) {
		if (cidr == null || cidr.isBlank()) {
			throw new IllegalArgumentException("an IP range is empty");
		}
		String text = cidr.strip();
		int slash = text.indexOf('/');
		String address = (slash < 0) ? text : text.substring(0, slash);
		byte[] bytes = literal(address, cidr);
		int bits = bytes.length * 8;
		int prefix = bits;
		if (slash >= 0) {
			String length = text.substring(slash + 1);
			if (!length.matches("\\d{1,3}") || Integer.parseInt(length) > bits) {
				throw new IllegalArgumentException("'" + cidr + "' has an invalid prefix length");
			}
			prefix = Integer.parseInt(length);
		}
		BigInteger value = new BigInteger(1, mapped(bytes));
		int hostBits = bits - prefix;
		BigInteger hostMask = BigInteger.ONE.shiftLeft(hostBits).subtract(BigInteger.ONE);
		BigInteger start = value.andNot(hostMask);
		BigInteger end = start.or(hostMask);
		return new IpRange(text, hex(start), hex(end));
	}

	/**
	 * The 32-hex-digit form of an address, as stored in the ranges.
	 */
	public static String hexOf(InetAddress address) {
		return hex(new BigInteger(1, mapped(address.getAddress())));
	}

	private static byte[] literal(String address, String cidr) {
		boolean ipv4 = IPV4.matcher(address).matches();
		if ((!ipv4 && !IPV6.matcher(address).matches()) || (ipv4 && !octetsInRange(address))) {
			throw new IllegalArgumentException("'" + cidr + "' is not an IPv4 or IPv6 range in CIDR form");
		}
		try {
			// Only literals reach this point, so no name is ever looked up.
			return InetAddress.getByName(address).getAddress();
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException("'" + cidr + "' is not an IPv4 or IPv6 range in CIDR form");
		}
	}

	private static boolean octetsInRange(String address) {
		for (String octet : address.split("\\.")) {
			if (Integer.parseInt(octet) > 255) {
				return false;
			}
		}
		return true;
	}

	private static byte[] mapped(byte[] address) {
		if (address.length == 16) {
			return address;
		}
		byte[] mapped = new byte[16];
		mapped[10] = (byte) 0xff;
		mapped[11] = (byte) 0xff;
		System.arraycopy(address, 0, mapped, 12, 4);
		return mapped;
	}

	private static String hex(BigInteger value) {
		byte[] raw = value.toByteArray();
		byte[] fixed = new byte[16];
		int copy = Math.min(raw.length, 16);
		System.arraycopy(raw, raw.length - copy, fixed, 16 - copy, copy);
		return HexFormat.of().formatHex(fixed);
	}

}
