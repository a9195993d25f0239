/**
 * Access to full text: access models, institutions and their address ranges, reader accounts,
 * entitlements, the access decision for a viewer, the content store and usage events.
 */
package org.colophon.access;
