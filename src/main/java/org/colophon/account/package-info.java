/**
 * Reader accounts: sign-up, sign-in with hashed passwords and a log-in throttle, and the
 * administrator account from the environment.
 */
@ApplicationModule(allowedDependencies = {})
package org.colophon.account;

import org.springframework.modulith.ApplicationModule;
