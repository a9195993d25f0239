/**
 * Cross-cutting concerns: the security filter chain with its headers and the contract
 * through which each module declares its own rules, keyset paging with its one page-size
 * limit, request ids, the clock, error pages and web configuration.
 */
@ApplicationModule(allowedDependencies = {})
package org.colophon.system;

import org.springframework.modulith.ApplicationModule;
