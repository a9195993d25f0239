/**
 * The pages and the JSON API: controllers and the view records that compose the modules
 * below.
 */
package org.colophon.web;
