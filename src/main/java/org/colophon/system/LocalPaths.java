package org.colophon.system;

/**
 * Tells whether a redirect target given by a request stays on this site.
 */
public final class LocalPaths {

	private LocalPaths() {
	}

	/**
	 * Whether the value is a path on this site: it starts with one slash, and has no
	 * scheme, host, backslash or control character that a browser could read as another
	 * site.
	 */
	public static boolean isLocal(String target) {
		return target != null && target.startsWith("/") && !target.startsWith("//") && !target.contains("\\")
				&& target.chars().noneMatch((c) -> c < 0x20 || c == 0x7f) && !target.contains(":");
	}

}
