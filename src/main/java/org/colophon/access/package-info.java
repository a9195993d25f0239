/**
 * The access decision: access policies, institutions and their address ranges,
 * entitlements, the options offered when access is denied, and their administration.
 */
@ApplicationModule(allowedDependencies = { "account", "catalogue", "system" })
package org.colophon.access;

import org.springframework.modulith.ApplicationModule;
