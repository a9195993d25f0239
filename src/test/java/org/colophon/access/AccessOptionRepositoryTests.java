package org.colophon.access;

import java.math.BigDecimal;
import java.util.Currency;

import org.colophon.RepositoryTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The access option cards a book shows: the general ones that come with the schema (log
 * in, then institutional log in) and the book's own, in card order.
 */
@RepositoryTest
class AccessOptionRepositoryTests {

	private static final Currency GBP = Currency.getInstance("GBP");

	@Autowired
	private AccessOptionRepository options;

	@Autowired
	private TestEntityManager entityManager;

	@Test
	void offersTheGeneralCardsToEveryBook() {
		assertThat(this.options.findApplicable("p1")).extracting(AccessOption::getKind)
			.containsExactly(AccessOptionKind.LOG_IN, AccessOptionKind.INSTITUTIONAL_LOG_IN);
	}

	@Test
	void addsTheBooksOwnCardsButNotAnotherBooks() {
		persist(purchase("p1", "25.00", 3));
		persist(purchase("p2", "30.00", 3));

		assertThat(this.options.findApplicable("p1")).extracting(AccessOption::getKind, AccessOption::getPrice)
			.containsExactly(tuple(AccessOptionKind.LOG_IN, null), tuple(AccessOptionKind.INSTITUTIONAL_LOG_IN, null),
					tuple(AccessOptionKind.PURCHASE, new BigDecimal("25.00")));
	}

	@Test
	void ordersCardsByPositionWhoeverTheyAreFor() {
		persist(purchase("p1", "25.00", 0));

		assertThat(this.options.findApplicable("p1")).extracting(AccessOption::getKind)
			.containsExactly(AccessOptionKind.PURCHASE, AccessOptionKind.LOG_IN, AccessOptionKind.INSTITUTIONAL_LOG_IN);
	}

	@Test
	void ordersCardsInTheSamePositionByAge() {
		persist(purchase("p1", "25.00", 1));

		assertThat(this.options.findApplicable("p1")).extracting(AccessOption::getKind)
			.containsExactly(AccessOptionKind.LOG_IN, AccessOptionKind.PURCHASE, AccessOptionKind.INSTITUTIONAL_LOG_IN);
	}

	@Test
	void findsABooksPurchaseCardByKindAndBook() {
		persist(purchase("p1", "25.00", 3));
		persist(purchase("p2", "30.00", 3));

		assertThat(this.options.findByKindAndBookId(AccessOptionKind.PURCHASE, "p2")).get()
			.extracting(AccessOption::getPrice)
			.isEqualTo(new BigDecimal("30.00"));
		assertThat(this.options.findByKindAndBookId(AccessOptionKind.PURCHASE, "p3")).isEmpty();
		assertThat(this.options.findByKindAndBookId(AccessOptionKind.LOG_IN, "p1")).isEmpty();
	}

	private void persist(AccessOption option) {
		this.entityManager.persist(option);
		this.entityManager.flush();
		this.entityManager.clear();
	}

	private static AccessOption purchase(String bookId, String price, int position) {
		return new AccessOption(AccessOptionKind.PURCHASE, bookId, new BigDecimal(price), GBP, position);
	}

}
