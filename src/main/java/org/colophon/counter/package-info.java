/**
 * COUNTER Release 5.1 usage reports computed from the usage events (PR, PR_P1, TR, TR_B1,
 * TR_B2, TR_B3, IR), served over the COUNTER_SUSHI API and as tabular files, with the
 * SUSHI credentials issued per institution. The usage module's buffer is flushed before
 * the events are read.
 */
@ApplicationModule(allowedDependencies = { "system", "links", "usage" })
package org.colophon.counter;

import org.springframework.modulith.ApplicationModule;
