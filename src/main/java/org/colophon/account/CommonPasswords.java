package org.colophon.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.security.authentication.password.CompromisedPasswordChecker;
import org.springframework.security.authentication.password.CompromisedPasswordDecision;

/**
 * Spring Security's password-compromise check, offline: a password is compromised when it
 * is on a bundled list of the most common passwords (which attackers try first), compared
 * without regard to case.
 */
public final class CommonPasswords implements CompromisedPasswordChecker {

	private static final String LIST = "common-passwords.txt";

	private static volatile CommonPasswords bundled;

	private final Set<String> passwords;

	private CommonPasswords(Set<String> passwords) {
		this.passwords = passwords;
	}

	/**
	 * The check against the list shipped with the application, read once.
	 */
	public static CommonPasswords bundled() {
		CommonPasswords checker = bundled;
		if (checker == null) {
			synchronized (CommonPasswords.class) {
				checker = bundled;
				if (checker == null) {
					checker = new CommonPasswords(read());
					bundled = checker;
				}
			}
		}
		return checker;
	}

	@Override
	public CompromisedPasswordDecision check(String password) {
		return new CompromisedPasswordDecision(password != null && isCommon(password));
	}

	/**
	 * Whether the password is on the list.
	 */
	public boolean isCommon(CharSequence password) {
		return this.passwords.contains(password.toString().toLowerCase(Locale.ROOT));
	}

	private static Set<String> read() {
		try (InputStream in = CommonPasswords.class.getResourceAsStream(LIST)) {
			if (in == null) {
				throw new IllegalStateException("The list of common passwords is missing: " + LIST);
			}
			BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			Set<String> passwords = new HashSet<>(40_000);
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				if (!line.isEmpty() && !line.startsWith("#")) {
					passwords.add(line.toLowerCase(Locale.ROOT));
				}
			}
			return Set.copyOf(passwords);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
