package org.colophon.counter;

import org.springframework.security.core.Authentication;

/**
 * Who besides the platform's admins may download a customer's (an institution's) usage
 * files: the module that knows institutions' administrators says so, without this module
 * knowing accounts.
 */
public interface CustomerAccess {

	/**
	 * Whether this signed-in caller may read this institution's usage.
	 */
	boolean mayRead(Authentication caller, long institutionId);

}
