package org.colophon.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reader accounts: sign-up with a hashed password, and the look-up Spring Security signs
 * in with.
 */
@Service
public class ReaderService implements UserDetailsService {

	private final ReaderRepository readers;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	ReaderService(ReaderRepository readers, PasswordEncoder passwordEncoder, Clock clock) {
		this.readers = readers;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	/**
	 * Creates a reader account, unless the address already has one, in which case nothing
	 * changes. The caller cannot tell which happened, so that sign-up never tells anyone
	 * whether an address has an account.
	 */
	@Transactional
	public void signUp(String email, Password password) {
		// Hashed either way: a taken address takes as long to answer as a free one.
		String passwordHash = this.passwordEncoder.encode(password.value());
		if (!this.readers.existsByEmail(Reader.normalise(email))) {
			this.readers.save(new Reader(email, passwordHash, Role.READER, null, this.clock.instant()));
		}
	}

	/**
	 * Creates an account with a role, optionally as a member of an institution (whose
	 * existence the caller has checked).
	 * @throws DuplicateEmailException when the address already has an account
	 */
	@Transactional
	public Reader create(String email, Password password, Role role, Long institutionId) {
		if (this.readers.existsByEmail(Reader.normalise(email))) {
			throw new DuplicateEmailException();
		}
		return this.readers.save(new Reader(email, this.passwordEncoder.encode(password.value()), role, institutionId,
				this.clock.instant()));
	}

	/**
	 * The reader with this id, if any.
	 */
	@Transactional(readOnly = true)
	public Optional<Reader> find(Long id) {
		return this.readers.findById(id);
	}

	/**
	 * Whether a signed-in reader's account still exists with the role they signed in
	 * with.
	 */
	@Transactional(readOnly = true)
	boolean holds(ReaderPrincipal reader) {
		return this.readers.existsByIdAndRole(reader.id(), reader.role());
	}

	/**
	 * Whether an account has this e-mail address.
	 */
	@Transactional(readOnly = true)
	public boolean exists(String email) {
		return this.readers.existsByEmail(Reader.normalise(email));
	}

	/**
	 * A page of readers in id order after the given id.
	 */
	@Transactional(readOnly = true)
	public List<Reader> readers(long after, Limit limit) {
		return this.readers.findByIdGreaterThanOrderByIdAsc(after, limit);
	}

	/**
	 * Deletes the reader's account.
	 * @return whether there was one
	 */
	@Transactional
	public boolean delete(long id) {
		Optional<Reader> reader = this.readers.findById(id);
		reader.ifPresent(this.readers::delete);
		return reader.isPresent();
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		if (username.length() > Reader.MAX_EMAIL) {
			// No account has such a name, and a name of megabytes is not worth a query.
			throw new UsernameNotFoundException("No such reader");
		}
		return this.readers.findByEmail(Reader.normalise(username))
			.map((reader) -> new ReaderPrincipal(reader.getId(), reader.getEmail(), reader.getPasswordHash(),
					reader.getRole()))
			.orElseThrow(() -> new UsernameNotFoundException("No such reader"));
	}

}
