package org.colophon.account;

import java.time.Instant;

import org.colophon.RepositoryTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Readers by e-mail address (as sign-in and sign-up look them up, normalised) and in
 * pages by id.
 */
@RepositoryTest
class ReaderRepositoryTests {

	private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

	@Autowired
	private ReaderRepository readers;

	@Autowired
	private TestEntityManager entityManager;

	@Test
	void findsAReaderByTheirNormalisedAddress() {
		Long ada = persist(reader(" Ada@Example.ORG "));
		persist(reader("grace@example.org"));

		assertThat(this.readers.findByEmail("ada@example.org")).get().extracting(Reader::getId).isEqualTo(ada);
		assertThat(this.readers.findByEmail("nobody@example.org")).isEmpty();
	}

	@Test
	void saysWhetherAnAddressHasAnAccount() {
		persist(reader("Ada@Example.org"));

		assertThat(this.readers.existsByEmail("ada@example.org")).isTrue();
		assertThat(this.readers.existsByEmail("grace@example.org")).isFalse();
	}

	@Test
	void refusesASecondAccountForTheSameAddressInAnotherCase() {
		persist(reader("ada@example.org"));

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.readers.save(reader("ADA@example.org")));
	}

	@Test
	void pagesThroughReadersAfterAnId() {
		Long first = persist(reader("a@example.org"));
		Long second = persist(reader("b@example.org"));
		Long third = persist(reader("c@example.org"));

		assertThat(this.readers.findByIdGreaterThanOrderByIdAsc(0L, Limit.of(2))).extracting(Reader::getId)
			.containsExactly(first, second);
		assertThat(this.readers.findByIdGreaterThanOrderByIdAsc(second, Limit.of(2))).extracting(Reader::getId)
			.containsExactly(third);
	}

	@Test
	void deletesAReader() {
		Long ada = persist(reader("ada@example.org"));

		this.readers.delete(this.readers.findById(ada).orElseThrow());
		this.entityManager.flush();

		assertThat(this.readers.findById(ada)).isEmpty();
		assertThat(this.readers.existsByEmail("ada@example.org")).isFalse();
	}

	private Long persist(Reader reader) {
		Long id = this.entityManager.persistAndGetId(reader, Long.class);
		this.entityManager.flush();
		this.entityManager.clear();
		return id;
	}

	private static Reader reader(String email) {
		return new Reader(email, "{noop}unused", Role.READER, null, NOW);
	}

}
