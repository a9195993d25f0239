package org.colophon.account;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

import org.colophon.SharedCountersDatabase;
import org.colophon.system.SharedCounters;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ReaderAuthenticationProviderTests {

	private static final String PASSWORD = "twelve chars or more";

	private final PasswordEncoder encoder = new BCryptPasswordEncoder(4);

	private final String hash = this.encoder.encode(PASSWORD);

	private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC);

	private final SharedCountersDatabase database = SharedCountersDatabase.start(this.clock);

	private final LoginThrottle throttle = new LoginThrottle(new SignInProperties(2, Duration.ofMinutes(15), 100),
			this.database.counters(), this.clock);

	private final AtomicInteger lookUps = new AtomicInteger();

	private final ReaderAuthenticationProvider provider = new ReaderAuthenticationProvider((username) -> {
		this.lookUps.incrementAndGet();
		return new ReaderPrincipal(7L, "reader@colophon.test", this.hash, Role.ADMIN);
	}, this.throttle);

	ReaderAuthenticationProviderTests() {
		this.provider.setPasswordEncoder(this.encoder);
	}

	@Test
	void keepsNoPasswordHashInTheSignedInPrincipal() {
		Authentication signedIn = this.provider.authenticate(attempt(PASSWORD));

		assertThat(signedIn.getPrincipal()).isInstanceOfSatisfying(ReaderPrincipal.class, (reader) -> {
			assertThat(reader.getPassword()).isNull();
			assertThat(reader.id()).isEqualTo(7L);
			assertThat(reader.role()).isEqualTo(Role.ADMIN);
		});
		assertThat(signedIn.getAuthorities()).extracting(Object::toString).contains("ROLE_ADMIN");
	}

	/**
	 * Sessions are kept in the database as serialised attributes, so what is kept is what
	 * the serialised sign-in holds (after the provider manager has erased the password
	 * typed, as in the application).
	 */
	@Test
	void theSignedInPrincipalSurvivesSerialisationWithoutAPasswordHash() throws Exception {
		Authentication signedIn = new ProviderManager(this.provider).authenticate(attempt(PASSWORD));

		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(signedIn);
		}
		Object restored;
		try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
			restored = in.readObject();
		}

		assertThat(bytes.toString(StandardCharsets.ISO_8859_1)).doesNotContain(this.hash).doesNotContain(PASSWORD);
		assertThat(restored).isInstanceOfSatisfying(Authentication.class,
				(authentication) -> assertThat(authentication.getPrincipal()).isEqualTo(signedIn.getPrincipal()));
		assertThat(((Authentication) restored).getPrincipal()).isInstanceOfSatisfying(ReaderPrincipal.class,
				(reader) -> assertThat(reader.getPassword()).isNull());
	}

	@Test
	void refusesALockedAddressBeforeLookingTheNameUp() {
		for (int i = 0; i < 2; i++) {
			this.throttle.onFailure(new AuthenticationFailureBadCredentialsEvent(attempt("a guess"),
					new BadCredentialsException("Bad")));
		}

		assertThatExceptionOfType(LockedException.class)
			.isThrownBy(() -> this.provider.authenticate(attempt(PASSWORD)));
		assertThat(this.lookUps).hasValue(0);
	}

	@Test
	void aThrottleThatCannotBeReadMakesTheCredentialsUncheckedNotWrong() {
		DataSource unreachable = new DriverManagerDataSource("jdbc:h2:mem:absent;IFEXISTS=TRUE", "sa", "");
		SharedCounters counters = new SharedCounters(new JdbcTemplate(unreachable),
				new DataSourceTransactionManager(unreachable), this.clock);
		ReaderAuthenticationProvider provider = new ReaderAuthenticationProvider((username) -> {
			this.lookUps.incrementAndGet();
			return new ReaderPrincipal(7L, "reader@colophon.test", this.hash, Role.READER);
		}, new LoginThrottle(new SignInProperties(2, Duration.ofMinutes(15), 100), counters, this.clock));
		provider.setPasswordEncoder(this.encoder);

		assertThatExceptionOfType(InternalAuthenticationServiceException.class)
			.isThrownBy(() -> provider.authenticate(attempt(PASSWORD)));
		assertThat(this.lookUps).hasValue(0);
	}

	private static UsernamePasswordAuthenticationToken attempt(String password) {
		UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken
			.unauthenticated("reader@colophon.test", password);
		attempt.setDetails(new WebAuthenticationDetails("192.0.2.1", null));
		return attempt;
	}

}
