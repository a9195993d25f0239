package org.colophon.account;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in reader as Spring Security sees them: the account id travels with the
 * session so the access decision can find their entitlements. The password hash is there
 * only while a log-in is checked; the principal kept in the session has none.
 */
public record ReaderPrincipal(Long id, String email, String passwordHash, Role role) implements UserDetails {

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return switch (this.role) {
			case ADMIN -> List.of(new SimpleGrantedAuthority("ROLE_ADMIN"), new SimpleGrantedAuthority("ROLE_READER"));
			case INSTITUTION_ADMIN -> List.of(new SimpleGrantedAuthority("ROLE_INSTITUTION_ADMIN"),
					new SimpleGrantedAuthority("ROLE_READER"));
			case READER -> List.of(new SimpleGrantedAuthority("ROLE_READER"));
		};
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	/**
	 * This reader without the password hash, as kept once signed in.
	 */
	ReaderPrincipal withoutPassword() {
		return new ReaderPrincipal(this.id, this.email, null, this.role);
	}

	@Override
	public String toString() {
		return "ReaderPrincipal[id=" + this.id + ", role=" + this.role + "]";
	}

}
