package org.colophon.library;

import org.colophon.access.HoldingsService;
import org.colophon.access.HoldingsService.InstitutionSummary;
import org.colophon.account.ReaderPrincipal;
import org.colophon.account.ReaderService;
import org.colophon.account.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see an institution's lists, records and pages: the platform's admins, and the
 * institution's own administrators, never another institution's.
 */
@Component
class InstitutionGuard {

	private final ReaderService readers;

	private final HoldingsService holdings;

	InstitutionGuard(ReaderService readers, HoldingsService holdings) {
		this.readers = readers;
		this.holdings = holdings;
	}

	/**
	 * The institution, when the viewer may see it.
	 * @throws AccessDeniedException when the viewer is not an admin nor the institution's
	 * administrator (before telling whether it exists)
	 * @throws InstitutionNotFoundException when an admin names an institution that does
	 * not exist
	 */
	InstitutionSummary open(ReaderPrincipal viewer, long institutionId) {
		if (viewer == null || !(viewer.role() == Role.ADMIN || institutionId == administered(viewer))) {
			throw new AccessDeniedException("Not this institution's administrator");
		}
		return this.holdings.institution(institutionId)
			.orElseThrow(() -> new InstitutionNotFoundException(institutionId));
	}

	/**
	 * The institution the signed-in institution administrator looks after.
	 * @throws AccessDeniedException when the viewer administers none
	 */
	InstitutionSummary own(ReaderPrincipal viewer) {
		long id = administered(viewer);
		if (id < 0) {
			throw new AccessDeniedException("Not an institution's administrator");
		}
		return this.holdings.institution(id).orElseThrow(() -> new InstitutionNotFoundException(id));
	}

	/**
	 * The id of the institution this viewer administers now (the account is read again,
	 * not trusted from the session), or -1.
	 */
	private long administered(ReaderPrincipal viewer) {
		if (viewer == null || viewer.role() != Role.INSTITUTION_ADMIN) {
			return -1;
		}
		return this.readers.find(viewer.id())
			.filter((reader) -> reader.getRole() == Role.INSTITUTION_ADMIN && reader.getInstitutionId() != null)
			.map((reader) -> reader.getInstitutionId())
			.orElse(-1L);
	}

}
