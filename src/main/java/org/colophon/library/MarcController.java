package org.colophon.library;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.colophon.access.HoldingsService.InstitutionSummary;
import org.colophon.account.ReaderPrincipal;
import org.colophon.library.MarcFiles.MarcFormat;
import org.colophon.links.Links;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * MARC 21 records at stable addresses, as MARCXML or ISO 2709 files, with the chapters'
 * records on request ({@code ?chapters=true}).
 */
@Controller
class MarcController {

	static final String MARCXML_TYPE = "application/marcxml+xml;charset=UTF-8";

	static final String MARC_TYPE = "application/marc";

	private final MarcFiles files;

	private final InstitutionGuard guard;

	MarcController(MarcFiles files, InstitutionGuard guard) {
		this.files = files;
		this.guard = guard;
	}

	@GetMapping(Links.MARC_ALL_XML)
	void showPlatformXml(@RequestParam(defaultValue = "false") boolean chapters, HttpServletResponse response)
			throws IOException {
		showPlatform(MarcFormat.XML, chapters, response);
	}

	@GetMapping(Links.MARC_ALL_MRC)
	void showPlatformMrc(@RequestParam(defaultValue = "false") boolean chapters, HttpServletResponse response)
			throws IOException {
		showPlatform(MarcFormat.MRC, chapters, response);
	}

	@GetMapping(Links.MARC_INSTITUTION_XML)
	void showInstitutionXml(@PathVariable long id, @RequestParam(defaultValue = "false") boolean chapters,
			@AuthenticationPrincipal ReaderPrincipal viewer, HttpServletResponse response) throws IOException {
		showInstitution(id, MarcFormat.XML, chapters, viewer, response);
	}

	@GetMapping(Links.MARC_INSTITUTION_MRC)
	void showInstitutionMrc(@PathVariable long id, @RequestParam(defaultValue = "false") boolean chapters,
			@AuthenticationPrincipal ReaderPrincipal viewer, HttpServletResponse response) throws IOException {
		showInstitution(id, MarcFormat.MRC, chapters, viewer, response);
	}

	private void showPlatform(MarcFormat format, boolean chapters, HttpServletResponse response) throws IOException {
		start(response, format, this.files.platformFileName(format, chapters));
		this.files.writePlatform(format, chapters, response.getOutputStream());
	}

	private void showInstitution(long id, MarcFormat format, boolean chapters, ReaderPrincipal viewer,
			HttpServletResponse response) throws IOException {
		InstitutionSummary institution = this.guard.open(viewer, id);
		start(response, format, this.files.fileName(institution, format, chapters));
		this.files.write(institution, format, chapters, response.getOutputStream());
	}

	private static void start(HttpServletResponse response, MarcFormat format, String fileName) {
		response.setContentType((format == MarcFormat.XML) ? MARCXML_TYPE : MARC_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName).build().toString());
	}

}
