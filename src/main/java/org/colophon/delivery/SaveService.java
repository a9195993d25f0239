package org.colophon.delivery;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a chapter can be saved, with its OAuth 2 registration id when it needs one and the path
 * segment its dialog lives at.
 */
public enum SaveService {

	KINDLE(null, "kindle"), DROPBOX("dropbox", "dropbox"), GOOGLE_DRIVE("google", "google-drive");

	private final String registrationId;

	private final String slug;

	SaveService(String registrationId, String slug) {
		this.registrationId = registrationId;
		this.slug = slug;
	}

	public String registrationId() {
		return this.registrationId;
	}

	public String slug() {
		return this.slug;
	}

	public static Optional<SaveService> fromSlug(String slug) {
		for (SaveService service : values()) {
			if (service.slug.equals(slug.toLowerCase(Locale.ROOT))) {
				return Optional.of(service);
			}
		}
		return Optional.empty();
	}

	public static Optional<SaveService> fromRegistrationId(String registrationId) {
		for (SaveService service : values()) {
			if (registrationId.equals(service.registrationId)) {
				return Optional.of(service);
			}
		}
		return Optional.empty();
	}

}
