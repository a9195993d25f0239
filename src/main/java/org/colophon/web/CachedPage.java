package org.colophon.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * A rendered page as it is served again: its bytes plain and gzip-compressed (compressed
 * once, when cached), their entity tags, when what it shows last changed, its
 * {@code Link} and {@code Content-Language} headers, and whether it is the same for every
 * visitor (and so may be kept by shared caches).
 */
record CachedPage(byte[] html, byte[] gzip, String etag, String gzipEtag, Instant lastModified, String link,
		String language, boolean shared) {

	static CachedPage of(byte[] html, Instant lastModified, String link, String language, boolean shared) {
		String hash = hash(html);
		return new CachedPage(html, gzip(html), "\"" + hash + "\"", "\"" + hash + "-gzip\"", lastModified, link,
				language, shared);
	}

	/**
	 * What the page costs the cache: its bytes in both forms and its headers, roughly.
	 */
	int weight() {
		return this.html.length + this.gzip.length + ((this.link != null) ? this.link.length() : 0) + 256;
	}

	private static String hash(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
		}
	}

	private static byte[] gzip(byte[] bytes) {
		ByteArrayOutputStream compressed = new ByteArrayOutputStream(bytes.length / 4 + 64);
		try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
			out.write(bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return compressed.toByteArray();
	}

}
