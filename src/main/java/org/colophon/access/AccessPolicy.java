package org.colophon.access;

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
 * The access model set for one publication or chapter, overriding what its capture said.
 */
@Entity
@ChangesPages(PageVersions.Kind.ACCESS)
@Table(name = "access_policy")
class AccessPolicy {

	/** The most characters a licence may have. */
	static final int MAX_LICENCE = 500;

	/** What the policy is set on. */
	enum ItemType {

		PUBLICATION, CHAPTER

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(name = "item_type", nullable = false, updatable = false)
	private ItemType itemType;

	@Column(name = "item_id", nullable = false, updatable = false)
	private String itemId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AccessModel model;

	private String licence;

	protected AccessPolicy() {
	}

	AccessPolicy(ItemType itemType, String itemId, AccessModel model, String licence) {
		this.itemType = Objects.requireNonNull(itemType);
		this.itemId = Objects.requireNonNull(itemId);
		change(model, licence);
	}

	void change(AccessModel model, String licence) {
		if (licence != null && licence.length() > MAX_LICENCE) {
			throw new IllegalArgumentException("A licence can have at most " + MAX_LICENCE + " characters");
		}
		this.model = Objects.requireNonNull(model);
		this.licence = (model == AccessModel.OPEN_ACCESS) ? licence : null;
	}

	String getItemId() {
		return this.itemId;
	}

	AccessModel getModel() {
		return this.model;
	}

	String getLicence() {
		return this.licence;
	}

}
