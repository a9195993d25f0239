package org.colophon.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the admin import API under {@code colophon.imports}.
 *
 * @param maxUploadSize the largest file the admin API takes
 * @param keptJobs how many finished jobs are kept for {@code GET} before the oldest is
 * forgotten
 */
@ConfigurationProperties("colophon.imports")
record ImportProperties(@DefaultValue("512MB") DataSize maxUploadSize, @DefaultValue("100") int keptJobs) {
}
