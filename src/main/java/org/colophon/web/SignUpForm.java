package org.colophon.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.colophon.account.ReaderService;

/**
 * What the sign-up page asks for.
 */
record SignUpForm(@NotBlank @Email @Size(max = 320) String email,
		@NotBlank @Size(min = ReaderService.MIN_PASSWORD_LENGTH, max = 128) String password) {

	@Override
	public String toString() {
		return "SignUpForm[email=" + this.email + "]";
	}

}
