package org.colophon.citation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The OAI-PMH repository's settings: its name, the host part of its identifiers, the
 * administrator's address, how many items a list response holds, and the key that signs
 * resumption tokens (a random one per start when unset, so tokens then end with the
 * process that made them).
 */
@ConfigurationProperties("colophon.oai")
record OaiProperties(@DefaultValue("Colophon") String repositoryName,
		@DefaultValue("colophon.example") String repositoryHost,
		@DefaultValue("admin@colophon.example") String adminEmail, @DefaultValue("100") int pageSize,
		String tokenSecret) {
}
