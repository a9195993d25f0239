package org.colophon.access;

import java.math.BigInteger;
import java.net.InetAddress;
import java.util.HexFormat;

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

	/** The IPv4-mapped IPv6 block, ::ffff:0:0/96, where IPv4 addresses are kept. */
	private static final BigInteger MAPPED_START = BigInteger.valueOf(0xffffL).shiftLeft(32);

	private static final BigInteger MAPPED_END = MAPPED_START.or(BigInteger.valueOf(0xffffffffL));

	/**
	 * Parses a range such as {@code 192.0.2.0/24} or {@code 2001:db8::/32}; a bare
	 * address is a range of one. A range must name its network (no host bits set), may
	 * not be {@code /0}, and IPv4 ranges are written as IPv4: an IPv6 range that is, or
	 * covers, the IPv4-mapped block would hold IPv4 clients without saying so.
	 * @throws IllegalArgumentException with a readable message when it is not such a
	 * range
	 */
	public static IpRange parse(String cidr) {
		if (cidr == null || cidr.isBlank()) {
			throw new IllegalArgumentException("an IP range is empty");
		}
		String text = cidr.strip();
		int slash = text.indexOf('/');
		String address = (slash < 0) ? text : text.substring(0, slash);
		boolean ipv6 = address.contains(":");
		// A zone names an interface of one host, which no range can mean.
		if (address.contains("%")) {
			throw notInCidrForm(cidr);
		}
		InetAddress literal = IpAddresses.parse(address).orElseThrow(() -> notInCidrForm(cidr));
		int bits = ipv6 ? 128 : 32;
		int prefix = bits;
		if (slash >= 0) {
			String length = text.substring(slash + 1);
			if (!length.matches("0|[1-9]\\d{0,2}") || Integer.parseInt(length) > bits) {
				throw new IllegalArgumentException("'" + cidr + "' has an invalid prefix length");
			}
			prefix = Integer.parseInt(length);
		}
		if (prefix == 0) {
			throw new IllegalArgumentException("'" + cidr + "' covers every address");
		}
		BigInteger value = new BigInteger(1, mapped(literal.getAddress()));
		BigInteger hostMask = BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE);
		BigInteger start = value.andNot(hostMask);
		BigInteger end = start.or(hostMask);
		if (!start.equals(value)) {
			throw new IllegalArgumentException("'" + cidr + "' has host bits set; the network is "
					+ (ipv6 ? ipv6Text(start) : ipv4Text(start)) + "/" + prefix);
		}
		if (ipv6 && start.compareTo(MAPPED_START) <= 0 && end.compareTo(MAPPED_END) >= 0) {
			throw new IllegalArgumentException("'" + cidr + "' covers every IPv4 address (as IPv4-mapped IPv6)");
		}
		if (ipv6 && start.compareTo(MAPPED_START) >= 0 && end.compareTo(MAPPED_END) <= 0) {
			throw new IllegalArgumentException(
					"'" + cidr + "' is an IPv4 range; write it as " + ipv4Text(start) + "/" + (prefix - 96));
		}
		return new IpRange(text, hex(start), hex(end));
	}

	/**
	 * The 32-hex-digit form of an address, as stored in the ranges.
	 */
	public static String hexOf(InetAddress address) {
		return hex(new BigInteger(1, mapped(address.getAddress())));
	}

	private static IllegalArgumentException notInCidrForm(String cidr) {
		return new IllegalArgumentException("'" + cidr + "' is not an IPv4 or IPv6 range in CIDR form");
	}

	private static String ipv4Text(BigInteger value) {
		long address = value.longValue() & 0xffffffffL;
		return (address >> 24) + "." + ((address >> 16) & 0xff) + "." + ((address >> 8) & 0xff) + "."
				+ (address & 0xff);
	}

	/**
	 * The address in its canonical text (RFC 5952): no leading zeros, and the longest run
	 * of two or more zero groups, the first of equals, written as {@code ::}.
	 */
	private static String ipv6Text(BigInteger value) {
		int[] groups = new int[8];
		for (int i = 0; i < 8; i++) {
			groups[i] = value.shiftRight(112 - 16 * i).intValue() & 0xffff;
		}
		int bestStart = -1;
		int bestLength = 1;
		for (int i = 0; i < 8; i++) {
			int length = 0;
			while (i + length < 8 && groups[i + length] == 0) {
				length++;
			}
			if (length > bestLength) {
				bestStart = i;
				bestLength = length;
			}
		}
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			if (i == bestStart) {
				text.append("::");
				i += bestLength - 1;
			}
			else {
				if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
					text.append(':');
				}
				text.append(Integer.toHexString(groups[i]));
			}
		}
		return text.toString();
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
