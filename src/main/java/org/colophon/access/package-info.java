/**
 * The access decision: access policies, institutions and their address ranges,
 * entitlements, the options offered when access is denied, and their administration.
 */
package org.colophon.access;
