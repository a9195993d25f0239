package org.colophon.ingest;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the seed captures are and whether to load them at startup.
 */
@ConfigurationProperties("colophon.seeds")
record SeedsProperties(@DefaultValue("seeds") Path location, @DefaultValue("true") boolean loadOnStartup) {
}
