package org.colophon.links;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A name, such as a publisher's, as one readable path segment that any name survives:
 * letters and digits of every script and hyphens stay as they are, a space becomes an
 * underscore, and every other character becomes its UTF-8 bytes as {@code ~XX}.
 * <p>
 * Percent-escapes would not do: servers and Spring Security's firewall refuse an encoded
 * slash, backslash, percent sign or semicolon in a path, so "Smith / Jones" could have no
 * page. Each name has exactly one segment, so a page has one stable address.
 */
public final class NameSegments {

	private static final HexFormat HEX = HexFormat.of().withUpperCase();

	private NameSegments() {
	}

	/** The segment that stands for this name. */
	public static String encode(String name) {
		StringBuilder segment = new StringBuilder(name.length());
		name.codePoints().forEach((point) -> {
			if (Character.isLetterOrDigit(point) || point == '-') {
				segment.appendCodePoint(point);
			}
			else if (point == ' ') {
				segment.append('_');
			}
			else {
				for (byte b : Character.toString(point).getBytes(StandardCharsets.UTF_8)) {
					segment.append('~').append(HEX.toHexDigits(b));
				}
			}
		});
		return segment.toString();
	}

	/**
	 * The name this segment stands for; empty when the segment is not one that
	 * {@link #encode} makes, so that no name has a second address.
	 */
	public static Optional<String> decode(String segment) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
		for (int i = 0; i < segment.length(); i++) {
			char c = segment.charAt(i);
			if (c == '~') {
				if (i + 2 >= segment.length() || !HexFormat.isHexDigit(segment.charAt(i + 1))
						|| !HexFormat.isHexDigit(segment.charAt(i + 2))) {
					return Optional.empty();
				}
				bytes.write(HexFormat.fromHexDigits(segment, i + 1, i + 3));
				i += 2;
			}
			else if (c == '_') {
				bytes.write(' ');
			}
			else {
				int point = segment.codePointAt(i);
				bytes.writeBytes(Character.toString(point).getBytes(StandardCharsets.UTF_8));
				i += Character.charCount(point) - 1;
			}
		}
		return strictUtf8(bytes.toByteArray()).filter((name) -> !name.isEmpty() && encode(name).equals(segment));
	}

	private static Optional<String> strictUtf8(byte[] bytes) {
		try {
			return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString());
		}
		catch (CharacterCodingException ex) {
			return Optional.empty();
		}
	}

}
