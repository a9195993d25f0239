package org.colophon.delivery;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Kindle's e-mail address: a name that is a plain e-mail local part of at most
 * {@value #MAX_NAME} characters, at one of Amazon's two Kindle domains.
 *
 * @param name the part before the {@code @}, as given
 * @param domain the domain, in lower case
 */
record KindleAddress(String name, String domain) {

	/** The most characters a Kindle name may have. */
	static final int MAX_NAME = 64;

	/** The domains a Kindle address can be at. */
	static final List<String> DOMAINS = List.of("free.kindle.com", "kindle.com");

	private static final Pattern LOCAL_PART = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+");

	/**
	 * @throws IllegalArgumentException when the name or the domain breaks a rule
	 */
	KindleAddress {
		NameFault fault = nameFaultOf(name).orElse(null);
		if (fault != null) {
			throw new IllegalArgumentException("Not a Kindle name (" + fault + "): " + name);
		}
		if (!isDomain(domain)) {
			throw new IllegalArgumentException("Not a Kindle domain: " + domain);
		}
		domain = domain.toLowerCase(Locale.ROOT);
	}

	/**
	 * The rule a candidate name breaks, if any. Dots may separate characters but not
	 * start, end or repeat, as in any e-mail local part.
	 */
	static Optional<NameFault> nameFaultOf(String name) {
		if (name == null || name.isEmpty()) {
			return Optional.of(NameFault.MISSING);
		}
		if (name.length() > MAX_NAME) {
			return Optional.of(NameFault.TOO_LONG);
		}
		if (!LOCAL_PART.matcher(name).matches() || name.startsWith(".") || name.endsWith(".") || name.contains("..")) {
			return Optional.of(NameFault.INVALID);
		}
		return Optional.empty();
	}

	/**
	 * Whether a candidate is one of the Kindle domains, in any case.
	 */
	static boolean isDomain(String domain) {
		return domain != null && DOMAINS.contains(domain.toLowerCase(Locale.ROOT));
	}

	@Override
	public String toString() {
		return this.name + "@" + this.domain;
	}

	/**
	 * A rule a Kindle name can break.
	 */
	enum NameFault {

		MISSING, TOO_LONG, INVALID

	}

}
