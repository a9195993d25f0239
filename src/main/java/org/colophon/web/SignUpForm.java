package org.colophon.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.colophon.account.Reader;
import org.colophon.account.NotCommonPassword;
import org.colophon.account.ValidPassword;

/**
 * What the sign-up page asks for.
 */
record SignUpForm(@NotBlank @Email @Size(max = Reader.MAX_EMAIL) String email,
		@NotBlank @ValidPassword @NotCommonPassword String password) {

	@Override
	public String toString() {
		return "SignUpForm[email=" + this.email + "]";
	}

}
