package org.colophon.access;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Turns CIDR ranges into the regular expression Tomcat's {@code RemoteIpValve} matches
 * proxy addresses with. IPv4 addresses are matched in dotted form; IPv6 in the full form
 * servlet containers report (eight groups, no leading zeros). A form that does not match
 * is simply not trusted, which is the safe side.
 */
final class ProxyPatterns {

	/** A pattern that matches no address at all. */
	static final String NONE = "(?!)";

	private ProxyPatterns() {
	}

	static String of(List<String> cidrs) {
		if (cidrs.isEmpty()) {
			return NONE;
		}
		StringJoiner alternatives = new StringJoiner("|", "(?i)(?:", ")");
		for (String cidr : cidrs) {
			IpRange range = IpRange.parse(cidr);
			alternatives.add(range.cidr().contains(":") ? ipv6(range) : ipv4(range));
		}
		return alternatives.toString();
	}

	private static String ipv4(IpRange range) {
		long start = Long.parseLong(range.startHex().substring(24), 16);
		long end = Long.parseLong(range.endHex().substring(24), 16);
		List<String> octets = new ArrayList<>();
		for (int shift = 24; shift >= 0; shift -= 8) {
			int low = (int) ((start >> shift) & 0xff);
			int high = (int) ((end >> shift) & 0xff);
			octets.add(decimalRange(low, high));
		}
		return String.join("\\.", octets);
	}

	private static String decimalRange(int low, int high) {
		if (low == high) {
			return Integer.toString(low);
		}
		if (low == 0 && high == 255) {
			return "\\d{1,3}";
		}
		StringJoiner values = new StringJoiner("|", "(?:", ")");
		for (int value = low; value <= high; value++) {
			values.add(Integer.toString(value));
		}
		return values.toString();
	}

	private static String ipv6(IpRange range) {
		BigInteger start = new BigInteger(range.startHex(), 16);
		BigInteger end = new BigInteger(range.endHex(), 16);
		List<String> groups = new ArrayList<>();
		for (int shift = 112; shift >= 0; shift -= 16) {
			int low = start.shiftRight(shift).intValue() & 0xffff;
			int high = end.shiftRight(shift).intValue() & 0xffff;
			groups.add(hexRange(low, high));
		}
		return String.join(":", groups) + "(?:%.*)?";
	}

	/**
	 * A pattern for every group value from {@code low} to {@code high}, written without
	 * leading zeros; CIDR makes the range an aligned power of two.
	 */
	private static String hexRange(int low, int high) {
		if (low == high) {
			return Integer.toHexString(low);
		}
		int freeBits = Integer.numberOfTrailingZeros(Integer.highestOneBit(high - low + 1));
		int freeDigits = freeBits / 4;
		int extraBits = freeBits % 4;
		StringJoiner values = new StringJoiner("|", "(?:", ")");
		for (int step = 0; step < (1 << extraBits); step++) {
			int prefix = (low >> (freeDigits * 4)) + step;
			if (freeDigits == 0) {
				values.add(Integer.toHexString(prefix));
			}
			else if (prefix == 0) {
				values.add("[0-9a-f]{1," + freeDigits + "}");
			}
			else {
				values.add(Integer.toHexString(prefix) + "[0-9a-f]{" + freeDigits + "}");
			}
		}
		return values.toString();
	}

}
