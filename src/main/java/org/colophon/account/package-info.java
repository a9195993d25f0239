/**
 * Reader accounts: sign-up, sign-in with hashed passwords and a log-in throttle, sessions
 * that end with their account or its role, and the administrator account from the
 * environment.
 */
@ApplicationModule(allowedDependencies = { "system" })
package org.colophon.account;

import org.springframework.modulith.ApplicationModule;
