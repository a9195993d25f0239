package org.colophon.delivery;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.colophon.catalogue.ChapterInfo;
import org.colophon.content.FullTextFile;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Uploads to the reader's Google Drive with a multipart upload to the Drive v3 files
 * endpoint: a JSON metadata part with the file's name and type, then the file.
 */
@Component
class GoogleDriveTarget implements DeliveryTarget {

	private final RestClient client = ProviderUpload.client();

	private final ObjectMapper json = new ObjectMapper();

	private final ProviderTokens tokens;

	private final String apiBase;

	GoogleDriveTarget(ProviderTokens tokens, DeliveryProperties properties) {
		this.tokens = tokens;
		String base = properties.google().apiBase();
		this.apiBase = (base == null || base.isBlank()) ? "https://www.googleapis.com" : base;
	}

	@Override
	public SaveDestination service() {
		return SaveDestination.GOOGLE_DRIVE;
	}

	@Override
	public void send(Delivery delivery, ChapterInfo chapter, FullTextFile text) throws DeliveryFailure {
		String mediaType = text.format().mediaType().replaceAll(";.*", "");
		ObjectNode metadata = this.json.createObjectNode();
		metadata.put("name", text.fileName());
		metadata.put("mimeType", mediaType);
		byte[] metadataJson = this.json.writeValueAsBytes(metadata);
		String boundary = "colophon-" + UUID.randomUUID();
		ProviderUpload.run(this.tokens, delivery, "Google Drive",
				(token) -> this.client.post()
					.uri(this.apiBase + "/upload/drive/v3/files?uploadType=multipart")
					.header("Authorization", "Bearer " + token)
					.contentType(MediaType.parseMediaType("multipart/related; boundary=" + boundary))
					.body((OutputStream out) -> {
						out.write(("--" + boundary + "\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n")
							.getBytes(StandardCharsets.US_ASCII));
						out.write(metadataJson);
						out.write(("\r\n--" + boundary + "\r\nContent-Type: " + mediaType + "\r\n\r\n")
							.getBytes(StandardCharsets.US_ASCII));
						try (InputStream in = text.resource().getInputStream()) {
							in.transferTo(out);
						}
						out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
					})
					.exchange((request, response) -> new ProviderUpload.Answer(response.getStatusCode(),
							ProviderUpload.readBody(response))));
	}

}
