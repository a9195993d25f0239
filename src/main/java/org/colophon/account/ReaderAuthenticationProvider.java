package org.colophon.account;

import java.time.Duration;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Signs readers in with their e-mail address and password, under the log-in throttle.
 * <p>
 * The throttle is asked before the account is looked up, so that a name without an
 * account is locked just like one with, and a lock tells nobody that the account exists.
 */
class ReaderAuthenticationProvider extends DaoAuthenticationProvider {

	private final LoginThrottle throttle;

	ReaderAuthenticationProvider(UserDetailsService readers, LoginThrottle throttle) {
		super(readers);
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		Duration locked;
		try {
			locked = this.throttle.lockedFor(authentication.getName(), LoginThrottle.addressOf(authentication));
		}
		catch (DataAccessException ex) {
			// The throttle's counts are in the database: credentials that cannot be
			// checked are not wrong credentials.
			throw new InternalAuthenticationServiceException("The log-in throttle cannot be read", ex);
		}
		if (!locked.isZero()) {
			throw new LockedException("Too many failed log-ins; try again in " + locked.toMinutes() + " minutes");
		}
		return super.authenticate(authentication);
	}

	/**
	 * The principal kept in the session (and in any session store) carries no password
	 * hash.
	 */
	@Override
	protected Authentication createSuccessAuthentication(Object principal, Authentication authentication,
			UserDetails user) {
		Object kept = (principal instanceof ReaderPrincipal reader) ? reader.withoutPassword() : principal;
		return super.createSuccessAuthentication(kept, authentication, user);
	}

}
