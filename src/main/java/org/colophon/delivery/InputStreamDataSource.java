package org.colophon.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import jakarta.activation.DataSource;
import org.springframework.core.io.Resource;

/**
 * A read-only mail data source over a stored file, read afresh each time the message is
 * written.
 */
record InputStreamDataSource(Resource resource, String getContentType, String getName) implements DataSource {

	@Override
	public InputStream getInputStream() throws IOException {
		return this.resource.getInputStream();
	}

	@Override
	public OutputStream getOutputStream() throws IOException {
		throw new IOException("Read-only data source");
	}

}
