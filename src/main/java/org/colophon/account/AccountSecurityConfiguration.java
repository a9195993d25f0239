package org.colophon.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
	ReaderAuthenticationProvider readerAuthenticationProvider(ReaderService readers, PasswordEncoder passwordEncoder,
			LoginThrottle throttle) {
		ReaderAuthenticationProvider provider = new ReaderAuthenticationProvider(readers, throttle);
		provider.setPasswordEncoder(passwordEncoder);
		return provider;
	}

}
