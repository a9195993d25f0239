package org.colophon.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Delivery settings: the approved Kindle sender and attachment limit, retries, rate
 * limits, how long a save waits for the reader to authorise a provider, the key that
 * encrypts stored provider tokens, and each provider's credentials and addresses.
 */
@ConfigurationProperties("colophon.delivery")
public record DeliveryProperties(@DefaultValue("kindle@colophon.example") String kindleSender,
		@DefaultValue("50MB") DataSize kindleAttachmentLimit, @DefaultValue("30s") Duration retryBackoff,
		@DefaultValue("6") int maxAttempts, @DefaultValue("1s") Duration pollingInterval,
		@DefaultValue("10") int perReaderPerHour, @DefaultValue("30") int perAddressPerHour,
		@DefaultValue("24h") Duration authorisationWait, String tokenKey, @DefaultValue Provider dropbox,
		@DefaultValue Provider google) {

	/**
	 * One storage provider: its OAuth 2 client and where its endpoints are (configurable
	 * so tests can point them at stubs).
	 */
	public record Provider(String clientId, String clientSecret, String authorizationUri, String tokenUri,
			String apiBase) {

		public boolean isConfigured() {
			return this.clientId != null && !this.clientId.isBlank();
		}

		@Override
		public String toString() {
			return "Provider[clientId=" + this.clientId + ", apiBase=" + this.apiBase + "]";
		}

	}

	@Override
	public String toString() {
		return "DeliveryProperties[kindleSender=" + this.kindleSender + "]";
	}

}
