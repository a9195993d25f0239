package org.colophon.library;

import org.colophon.account.ReaderPrincipal;
import org.colophon.counter.CustomerAccess;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * An institution's administrators may download its usage reports, as they may its title
 * lists and records.
 */
@Component
class InstitutionUsageAccess implements CustomerAccess {

	private final InstitutionGuard guard;

	InstitutionUsageAccess(InstitutionGuard guard) {
		this.guard = guard;
	}

	@Override
	public boolean mayRead(Authentication caller, long institutionId) {
		if (!(caller.getPrincipal() instanceof ReaderPrincipal viewer)) {
			return false;
		}
		try {
			this.guard.open(viewer, institutionId);
			return true;
		}
		catch (AccessDeniedException | InstitutionNotFoundException ex) {
			return false;
		}
	}

}
