package org.colophon.library;

import jakarta.validation.Valid;
import org.colophon.access.HoldingsService.InstitutionSummary;
import org.colophon.access.InvalidInputException;
import org.colophon.access.RangeRequestService;
import org.colophon.account.ReaderPrincipal;
import org.colophon.links.Links;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The institution administrator's page (holdings, files, usage), and where it asks for
 * new address ranges.
 */
@Controller
class InstitutionController {

	private final InstitutionGuard guard;

	private final InstitutionPage page;

	private final RangeRequestService requests;

	private final InstitutionUsage usage;

	InstitutionController(InstitutionGuard guard, InstitutionPage page, RangeRequestService requests,
			InstitutionUsage usage) {
		this.guard = guard;
		this.page = page;
		this.requests = requests;
		this.usage = usage;
	}

	@GetMapping(Links.INSTITUTION)
	String showInstitution(@AuthenticationPrincipal ReaderPrincipal viewer,
			@RequestParam(defaultValue = "0") long after, Model model) {
		InstitutionSummary institution = this.guard.own(viewer);
		model.addAttribute("institution", this.page.view(institution, after));
		model.addAttribute("usage", this.usage.view(institution.id()));
		model.addAttribute("form", new RangeRequestForm("", ""));
		return "institution/show";
	}

	@PostMapping(Links.INSTITUTION + "/range-requests")
	String submitRangeRequest(@AuthenticationPrincipal ReaderPrincipal viewer,
			@Valid @ModelAttribute("form") RangeRequestForm form, BindingResult result, Model model) {
		InstitutionSummary institution = this.guard.own(viewer);
		if (!result.hasErrors()) {
			try {
				this.requests.request(institution.id(), viewer.id(), form.rangeList(), form.note());
				return "redirect:" + Links.INSTITUTION + "?requested";
			}
			catch (InvalidInputException ex) {
				result.rejectValue("ranges", "institution.ranges.invalid", new Object[] { ex.getMessage() },
						ex.getMessage());
			}
		}
		model.addAttribute("institution", this.page.view(institution, 0));
		model.addAttribute("usage", this.usage.view(institution.id()));
		return "institution/show";
	}

}
