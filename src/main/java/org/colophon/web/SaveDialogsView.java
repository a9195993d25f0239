package org.colophon.web;

import java.util.Map;

/**
 * What the save dialogs need besides the chapter and the access decision: where each
 * dialog posts, the approved Kindle sender, the form last sent with its errors (for the
 * dialog it came from), a fresh idempotency key for this rendering, and which cloud
 * providers are set up.
 */
record SaveDialogsView(Map<String, String> urls, String kindleSender, SaveForm form, String formTarget,
		Map<String, String> errors, String idempotencyKey, boolean dropboxAvailable, boolean googleDriveAvailable) {

	/** The address of the target's plain page, where its dialog also posts. */
	public String url(String target) {
		return this.urls.get(target);
	}

	/** The values to show in the target's form: those sent for it, else the defaults. */
	public SaveForm formFor(String target) {
		return target.equals(this.formTarget) ? this.form : SaveForm.empty();
	}

	/** The message key of the error on a field of the target's form, or {@code null}. */
	public String error(String target, String field) {
		return target.equals(this.formTarget) ? this.errors.get(field) : null;
	}

	public boolean available(String target) {
		return switch (target) {
			case "dropbox" -> this.dropboxAvailable;
			case "google-drive" -> this.googleDriveAvailable;
			default -> true;
		};
	}

}
