package org.colophon.citation;

import java.io.IOException;
import javax.xml.stream.XMLStreamException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.colophon.links.Links;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * The OAI-PMH 2.0 endpoint; GET with a query string or POST with a form body, as the
 * protocol allows.
 */
@Controller
class OaiPmhController {

	private final OaiPmhService oai;

	private final SiteAddress site;

	OaiPmhController(OaiPmhService oai, SiteAddress site) {
		this.oai = oai;
		this.site = site;
	}

	@RequestMapping(path = Links.OAI, method = { RequestMethod.GET, RequestMethod.POST })
	void listRequest(HttpServletRequest request, HttpServletResponse response) throws IOException, XMLStreamException {
		response.setContentType("text/xml;charset=UTF-8");
		this.oai.respond(request.getParameterMap(), this.site.baseUrl() + Links.OAI, response.getOutputStream());
	}

}
