package org.colophon.account;

import java.nio.charset.StandardCharsets;
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

	/** The shortest password accepted. */
	public static final int MIN_PASSWORD_LENGTH = 12;

	/** The longest password bcrypt can hash, in UTF-8 bytes. */
	public static final int MAX_PASSWORD_BYTES = 72;

	private final ReaderRepository readers;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	ReaderService(ReaderRepository readers, PasswordEncoder passwordEncoder, Clock clock) {
		this.readers = readers;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	/**
	 * Creates a reader account.
	 * @throws DuplicateEmailException when the address already has an account
	 * @throws IllegalArgumentException when the password is shorter than
	 * {@link #MIN_PASSWORD_LENGTH}
	 */
	@Transactional
	public Reader signUp(String email, String password) {
		return create(email, password, Role.READER, null);
	}

	/**
	 * Creates an account with a role, optionally as a member of an institution (whose
	 * existence the caller has checked).
	 * @throws DuplicateEmailException when the address already has an account
	 * @throws IllegalArgumentException when the password breaks the password rules
	 */
	@Transactional
	public Reader create(String email, String password, Role role, Long institutionId) {
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			throw new IllegalArgumentException("A password needs at least " + MIN_PASSWORD_LENGTH + " characters");
		}
		if (!fitsHash(password)) {
			throw new IllegalArgumentException("A password can have at most " + MAX_PASSWORD_BYTES + " bytes");
		}
		if (this.readers.existsByEmail(Reader.normalise(email))) {
			throw new DuplicateEmailException();
		}
		return this.readers
			.save(new Reader(email, this.passwordEncoder.encode(password), role, institutionId, this.clock.instant()));
	}

	/**
	 * Whether the password is short enough for the hash (longer ones would be cut
	 * silently elsewhere).
	 */
	public static boolean fitsHash(String password) {
		return password.getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES;
	}

	/**
	 * The reader with this id, if any.
	 */
	@Transactional(readOnly = true)
	public Optional<Reader> find(Long id) {
		return this.readers.findById(id);
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
		return this.readers.findByEmail(Reader.normalise(username))
			.map((reader) -> new ReaderPrincipal(reader.getId(), reader.getEmail(), reader.getPasswordHash(),
					reader.getRole()))
			.orElseThrow(() -> new UsernameNotFoundException("No such reader"));
	}

}
