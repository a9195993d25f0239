package org.colophon.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reader accounts: accounts made by the administrator, and the look-up Spring Security
 * signs in with (readers sign up through {@link SignUpService}).
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
	 * Creates an account with a role, optionally as a member of an institution (whose
	 * existence the caller has checked).
	 * @throws DuplicateEmailException when the address already has an account
	 */
	@Transactional
	public Reader create(String email, Password password, Role role, Long institutionId) {
		if (this.readers.existsByEmail(Reader.normalise(email))) {
			throw new DuplicateEmailException();
		}
		try {
			return this.readers.save(new Reader(email, this.passwordEncoder.encode(password.value()), role,
					institutionId, this.clock.instant()));
		}
		catch (DataIntegrityViolationException ex) {
			// The same address created at the same moment by another request.
			throw new DuplicateEmailException();
		}
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
	 * A page of readers whose e-mail address starts with the given text (compared as
	 * addresses are kept: stripped, in lower case), in id order after the given id.
	 */
	@Transactional(readOnly = true)
	public List<Reader> readersByEmail(String prefix, long after, Limit limit) {
		String escaped = Reader.normalise(prefix).replace("!", "!!").replace("%", "!%").replace("_", "!_");
		return this.readers.findByEmailLike(escaped + "%", after, limit);
	}

	/**
	 * Gives the reader another role and institution (whose existence the caller has
	 * checked); a session signed in with the old role is signed out on its next request.
	 * @return the reader changed, empty when there is none
	 * @throws IllegalArgumentException when an institution administrator would have no
	 * institution
	 */
	@Transactional
	public Optional<Reader> changeRole(long id, Role role, Long institutionId) {
		Optional<Reader> reader = this.readers.findById(id);
		reader.ifPresent((found) -> found.changeRole(role, institutionId));
		return reader;
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
