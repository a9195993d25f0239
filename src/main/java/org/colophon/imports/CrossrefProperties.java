package org.colophon.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who a Crossref deposit written by the export names as its depositor and registrant,
 * under {@code colophon.crossref}.
 */
@ConfigurationProperties("colophon.crossref")
record CrossrefProperties(@DefaultValue("Colophon") String depositorName,
		@DefaultValue("crossref@colophon.example") String depositorEmail, @DefaultValue("Colophon") String registrant) {
}
