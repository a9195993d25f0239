package org.colophon.delivery;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a chapter can be saved, with its OAuth 2 registration id when it needs one and
 * the path segment its dialog lives at.
 */
public enum SaveDestination {

	KINDLE(null, "kindle"), DROPBOX("dropbox", "dropbox"), GOOGLE_DRIVE("google", "google-drive");

	private final String registrationId;

	private final String slug;

	SaveDestination(String registrationId, String slug) {
		this.registrationId = registrationId;
		this.slug = slug;
	}

	public String registrationId() {
		return this.registrationId;
	}

	public String slug() {
		return this.slug;
	}

	public static Optional<SaveDestination> fromSlug(String slug) {
		for (SaveDestination service : values()) {
			if (service.slug.equals(slug.toLowerCase(Locale.ROOT))) {
				return Optional.of(service);
			}
		}
		return Optional.empty();
	}

	public static Optional<SaveDestination> fromRegistrationId(String registrationId) {
		for (SaveDestination service : values()) {
			if (registrationId.equals(service.registrationId)) {
				return Optional.of(service);
			}
		}
		return Optional.empty();
	}

}
