package org.colophon.content;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the content store keeps full-text files.
 */
@ConfigurationProperties("colophon.content")
record ContentProperties(@DefaultValue("content") Path location) {
}
