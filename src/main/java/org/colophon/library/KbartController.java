package org.colophon.library;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.colophon.access.HoldingsService.InstitutionSummary;
import org.colophon.account.ReaderPrincipal;
import org.colophon.links.Links;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * KBART title lists at stable addresses, answered as files under their conventional
 * names.
 */
@Controller
class KbartController {

	static final String KBART_TYPE = "text/tab-separated-values;charset=UTF-8";

	private final TitleLists lists;

	private final InstitutionGuard guard;

	KbartController(TitleLists lists, InstitutionGuard guard) {
		this.lists = lists;
		this.guard = guard;
	}

	@GetMapping(Links.KBART_ALL)
	void showPlatformList(HttpServletResponse response) throws IOException {
		start(response, this.lists.platformFileName());
		this.lists.writePlatform(response.getOutputStream());
	}

	@GetMapping(Links.KBART_INSTITUTION)
	void showInstitutionList(@PathVariable long id, @AuthenticationPrincipal ReaderPrincipal viewer,
			HttpServletResponse response) throws IOException {
		InstitutionSummary institution = this.guard.open(viewer, id);
		start(response, this.lists.fileName(institution));
		this.lists.write(institution, response.getOutputStream());
	}

	private static void start(HttpServletResponse response, String fileName) {
		response.setContentType(KBART_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName).build().toString());
	}

}
