package org.colophon.access;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.colophon.system.ChangesPages;
import org.colophon.system.PageVersions;

/**
 * One card among the access options: a way to get access, for every publication or for
 * one, with a price when it is a purchase.
 */
@Entity
@ChangesPages(PageVersions.Kind.ACCESS)
@Table(name = "access_option")
class AccessOption {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AccessOptionKind kind;

	@Column(name = "publication_id")
	private String bookId;

	private BigDecimal price;

	private String currency;

	@Column(nullable = false)
	private int position;

	protected AccessOption() {
	}

	AccessOption(AccessOptionKind kind, String bookId, BigDecimal price, Currency currency, int position) {
		this.kind = Objects.requireNonNull(kind);
		if (kind == AccessOptionKind.PURCHASE && (price == null || currency == null || price.signum() <= 0)) {
			throw new IllegalArgumentException("A purchase needs a positive price and a currency");
		}
		this.bookId = bookId;
		this.price = price;
		this.currency = (currency != null) ? currency.getCurrencyCode() : null;
		this.position = position;
	}

	void reprice(BigDecimal price, Currency currency) {
		if (price == null || currency == null || price.signum() <= 0) {
			throw new IllegalArgumentException("A purchase needs a positive price and a currency");
		}
		this.price = price;
		this.currency = currency.getCurrencyCode();
	}

	/**
	 * Whether the option is offered at this price, however many decimals the amount was
	 * written with.
	 */
	boolean isPriced(BigDecimal price, Currency currency) {
		return this.price != null && this.price.compareTo(price) == 0
				&& currency.getCurrencyCode().equals(this.currency);
	}

	AccessOptionKind getKind() {
		return this.kind;
	}

	BigDecimal getPrice() {
		return this.price;
	}

	String getCurrency() {
		return this.currency;
	}

}
