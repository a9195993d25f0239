package org.colophon.imports;

/**
 * An upload larger than {@code colophon.imports.max-upload-size}.
 */
class UploadTooLargeException extends RuntimeException {

	UploadTooLargeException(long limit) {
		super("The file is larger than the " + limit + " bytes an import may be");
	}

}
