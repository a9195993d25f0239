package org.colophon.web;

import java.lang.reflect.Method;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.colophon.access.Viewer;
import org.colophon.account.ReaderPrincipal;
import org.colophon.account.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.ServletWebRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Handlers are told who is asking: the connection's address, the signed-in reader, and a
 * session key that changes with the day.
 */
class ViewerArgumentResolverTests {

	private static final Instant MORNING = Instant.parse("2026-03-02T08:00:00Z");

	@AfterEach
	void clearSecurityContext() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void anAnonymousVisitorIsKnownByAddressOnly() throws Exception {
		Viewer viewer = (Viewer) resolve(at(MORNING), parameter(0), request("203.0.113.7"));

		assertThat(viewer.readerId()).isNull();
		assertThat(viewer.address()).isEqualTo(InetAddress.getByName("203.0.113.7"));
	}

	@Test
	void anAddressThatIsNotALiteralIsNeverLookedUp() {
		assertThatIllegalStateException().isThrownBy(() -> resolve(at(MORNING), parameter(0), request("localhost")))
			.withMessageContaining("localhost");
	}

	@Test
	void aSignedInReaderIsKnownById() throws Exception {
		ReaderPrincipal reader = new ReaderPrincipal(42L, "r@example.org", "hash", Role.READER);
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(reader, null, reader.getAuthorities()));

		Viewer viewer = (Viewer) resolve(at(MORNING), parameter(0), request("2001:db8::1"));

		assertThat(viewer.readerId()).isEqualTo(42L);
	}

	@Test
	void theSessionKeyHoldsForADayAndNamesNobody() throws Exception {
		SessionKey morning = (SessionKey) resolve(at(MORNING), parameter(1), request("203.0.113.7"));
		SessionKey evening = (SessionKey) resolve(at(MORNING.plusSeconds(12 * 3600)), parameter(1),
				request("203.0.113.7"));
		SessionKey nextDay = (SessionKey) resolve(at(MORNING.plusSeconds(24 * 3600)), parameter(1),
				request("203.0.113.7"));

		assertThat(morning).isEqualTo(evening).isNotEqualTo(nextDay);
		assertThat(morning.value()).hasSize(32).doesNotContain("203.0.113.7");
	}

	@Test
	void otherParametersAreLeftToSpring() throws Exception {
		assertThat(new ViewerArgumentResolver(at(MORNING)).supportsParameter(parameter(2))).isFalse();
	}

	private static Object resolve(Clock clock, MethodParameter parameter, MockHttpServletRequest request)
			throws Exception {
		ViewerArgumentResolver resolver = new ViewerArgumentResolver(clock);
		assertThat(resolver.supportsParameter(parameter)).isTrue();
		return resolver.resolveArgument(parameter, null, new ServletWebRequest(request), null);
	}

	private static MockHttpServletRequest request(String address) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr(address);
		request.addHeader("User-Agent", "Test");
		return request;
	}

	private static Clock at(Instant instant) {
		return Clock.fixed(instant, ZoneOffset.UTC);
	}

	private static MethodParameter parameter(int index) throws NoSuchMethodException {
		Method handler = Handlers.class.getDeclaredMethod("handle", Viewer.class, SessionKey.class, String.class);
		return new MethodParameter(handler, index);
	}

	static class Handlers {

		void handle(Viewer viewer, SessionKey sessionKey, String other) {
		}

	}

}
