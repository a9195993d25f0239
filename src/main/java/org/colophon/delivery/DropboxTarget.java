package org.colophon.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.colophon.catalogue.ChapterInfo;
import org.colophon.content.FullTextFile;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Uploads to the reader's Dropbox with {@code /2/files/upload}, into a "Colophon" folder,
 * never overwriting: Dropbox renames the file when the name is taken.
 */
@Component
class DropboxTarget implements DeliveryTarget {

	static final String FOLDER = "/Colophon/";

	private final RestClient client = ProviderUpload.client();

	private final ObjectMapper json = new ObjectMapper();

	private final ProviderTokens tokens;

	private final String contentBase;

	DropboxTarget(ProviderTokens tokens, DeliveryProperties properties) {
		this.tokens = tokens;
		String base = properties.dropbox().apiBase();
		this.contentBase = (base == null || base.isBlank()) ? "https://content.dropboxapi.com" : base;
	}

	@Override
	public SaveDestination service() {
		return SaveDestination.DROPBOX;
	}

	@Override
	public void send(Delivery delivery, ChapterInfo chapter, FullTextFile text) throws DeliveryFailure {
		String argument = apiArgument(FOLDER + text.fileName());
		ProviderUpload.run(this.tokens, delivery, "Dropbox", (token) -> {
			try (InputStream in = text.resource().getInputStream()) {
				return this.client.post()
					.uri(this.contentBase + "/2/files/upload")
					.header("Authorization", "Bearer " + token)
					.header("Dropbox-API-Arg", argument)
					.contentType(MediaType.APPLICATION_OCTET_STREAM)
					.body(new InputStreamResource(in))
					.exchange((request, response) -> new ProviderUpload.Answer(response.getStatusCode(),
							ProviderUpload.readBody(response)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/**
	 * The JSON argument in the header, with every non-ASCII character escaped as HTTP
	 * headers require.
	 */
	String apiArgument(String path) {
		ObjectNode argument = this.json.createObjectNode();
		argument.put("path", path);
		argument.put("mode", "add");
		argument.put("autorename", true);
		argument.put("mute", false);
		StringBuilder ascii = new StringBuilder();
		for (char c : this.json.writeValueAsString(argument).toCharArray()) {
			if (c < 0x20 || c > 0x7e) {
				ascii.append(String.format("\\u%04x", (int) c));
			}
			else {
				ascii.append(c);
			}
		}
		return ascii.toString();
	}

}
