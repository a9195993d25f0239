package org.colophon.account;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How readers sign in: their accounts, a modern adaptive password hash (bcrypt through
 * the delegating encoder, so stored hashes name their algorithm and can be upgraded), and
 * the log-in throttle.
 */
@Configuration(proxyBeanMethods = false)
class AccountSecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return new ReaderPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
	}

	@Bean
	DaoAuthenticationProvider readerAuthenticationProvider(ReaderService readers, PasswordEncoder passwordEncoder,
			LoginThrottle throttle) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(readers);
		provider.setPasswordEncoder(passwordEncoder);
		provider.setPreAuthenticationChecks((user) -> {
			Duration locked = throttle.lockedFor(user.getUsername());
			if (!locked.isZero()) {
				throw new LockedException("Too many failed log-ins; try again in " + locked.toMinutes() + " minutes");
			}
		});
		return provider;
	}

}
