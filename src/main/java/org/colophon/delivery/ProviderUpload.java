package org.colophon.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * The HTTP side shared by the cloud targets: one upload with the reader's token, one
 * refresh and retry on 401, and the provider's answer sorted into delivered, retry later,
 * give up or authorise again.
 */
final class ProviderUpload {

	private static final int MAX_DETAIL = 300;

	private ProviderUpload() {
	}

	static RestClient client() {
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
		factory.setReadTimeout(Duration.ofMinutes(2));
		return RestClient.builder().requestFactory(factory).build();
	}

	/**
	 * One attempt at the upload with a given access token, answering the status and the
	 * body.
	 */
	interface Attempt {

		Answer upload(String accessToken);

	}

	/** What the provider answered. */
	record Answer(HttpStatusCode status, String body) {
	}

	static void run(ProviderTokens tokens, Delivery delivery, String providerName, Attempt attempt)
			throws DeliveryFailure {
		Answer answer = call(attempt, tokens.current(delivery.getService(), delivery.getReaderId()));
		if (answer.status().value() == 401) {
			answer = call(attempt, tokens.refreshed(delivery.getService(), delivery.getReaderId()));
			if (answer.status().value() == 401) {
				throw DeliveryFailure
					.authorisation(providerName + " refused the authorisation; please authorise again");
			}
		}
		int status = answer.status().value();
		if (answer.status().is2xxSuccessful()) {
			return;
		}
		String detail = providerName + " answered " + status + detail(answer.body());
		if (status == 409 || status == 429 || answer.status().is5xxServerError()
				|| isRateLimit(status, answer.body())) {
			throw DeliveryFailure.transientFailure(detail);
		}
		throw DeliveryFailure.permanent(detail);
	}

	private static Answer call(Attempt attempt, String token) throws DeliveryFailure {
		try {
			return attempt.upload(token);
		}
		catch (ResourceAccessException | UncheckedIOException ex) {
			throw new DeliveryFailure(DeliveryFailure.Kind.TRANSIENT, "The provider could not be reached", ex);
		}
	}

	private static boolean isRateLimit(int status, String body) {
		return status == 403 && body != null && body.contains("ateLimitExceeded");
	}

	private static String detail(String body) {
		if (body == null || body.isBlank()) {
			return "";
		}
		String flat = body.replaceAll("\\s+", " ").strip();
		return ": " + ((flat.length() <= MAX_DETAIL) ? flat : flat.substring(0, MAX_DETAIL));
	}

	static String readBody(ClientHttpResponse response) {
		try {
			return new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "";
		}
	}

}
