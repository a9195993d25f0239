package org.colophon.access;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.colophon.access.AdminService.EntitlementEntry;
import org.colophon.system.KeysetPage;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The platform admin's page of one institution: its address ranges, added and removed one
 * at a time, the range requests it is waiting on, and its entitlements, granted and
 * revoked. The rules are {@link AdminService}'s, as for the admin API.
 */
@Controller
class AdminInstitutionPageController {

	static final String INSTITUTION = "/admin/institutions/{id}";

	private static final String REDIRECT = "redirect:" + INSTITUTION;

	private final AdminService admin;

	private final RangeRequestService requests;

	AdminInstitutionPageController(AdminService admin, RangeRequestService requests) {
		this.admin = admin;
		this.requests = requests;
	}

	@GetMapping(INSTITUTION)
	String showInstitution(@PathVariable long id, @RequestParam(required = false) String after, Model model) {
		model.addAttribute("rangeForm", new RangeForm(""));
		model.addAttribute("entitlementForm", new EntitlementForm("", null, null));
		return page(id, after, model);
	}

	@PostMapping(INSTITUTION + "/ranges")
	String submitRange(@PathVariable long id, @Valid @ModelAttribute("rangeForm") RangeForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.admin.addRange(id, form.range());
				redirect.addFlashAttribute("notice", "admin.institution.range.added");
				return REDIRECT;
			}
			catch (InvalidInputException ex) {
				result.rejectValue("range", "admin.invalid", new Object[] { ex.getMessage() }, ex.getMessage());
			}
		}
		model.addAttribute("entitlementForm", new EntitlementForm("", null, null));
		return page(id, null, model);
	}

	@PostMapping(INSTITUTION + "/ranges/remove")
	String submitRangeRemoval(@PathVariable long id, @RequestParam String range, RedirectAttributes redirect) {
		this.admin.removeRange(id, range);
		redirect.addFlashAttribute("notice", "admin.institution.range.removed");
		return REDIRECT;
	}

	@PostMapping(INSTITUTION + "/entitlements")
	String submitEntitlement(@PathVariable long id, @Valid @ModelAttribute("entitlementForm") EntitlementForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.admin.grant(id, form.publicationId(), form.startsOn(), form.endsOn());
				redirect.addFlashAttribute("notice", "admin.institution.entitlement.granted");
				return REDIRECT;
			}
			catch (InvalidInputException ex) {
				result.rejectValue(ex.field(), "admin.invalid", new Object[] { ex.getMessage() }, ex.getMessage());
			}
		}
		model.addAttribute("rangeForm", new RangeForm(""));
		return page(id, null, model);
	}

	@PostMapping(INSTITUTION + "/entitlements/{entitlementId}/revoke")
	String submitRevocation(@PathVariable long id, @PathVariable long entitlementId, RedirectAttributes redirect) {
		this.admin.revoke(id, entitlementId);
		redirect.addFlashAttribute("notice", "admin.institution.entitlement.revoked");
		return REDIRECT;
	}

	private String page(long id, String after, Model model) {
		model.addAttribute("institution", this.admin.institution(id));
		KeysetPage<EntitlementEntry> entitlements = this.admin.entitlementsOf(id, after, AdminPageController.PAGE);
		model.addAttribute("entitlements", entitlements.items());
		model.addAttribute("nextAfter", entitlements.nextCursor());
		model.addAttribute("pending",
				this.requests.ofInstitution(id, AdminPageController.PAGE)
					.stream()
					.filter((request) -> "PENDING".equals(request.status()))
					.toList());
		return "admin/institution";
	}

	/** An address range to add, in CIDR form. */
	record RangeForm(@ValidIpRange String range) {

		RangeForm {
			range = (range != null) ? range.strip() : null;
		}

	}

	/**
	 * A publication to grant, by its public id, DOI or ISBN, and the days the grant is in
	 * force (either end open when empty).
	 */
	record EntitlementForm(@NotBlank @Size(max = 200, message = "{admin.tooLong}") String publicationId,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn) {

		EntitlementForm {
			publicationId = (publicationId != null) ? publicationId.strip() : null;
		}

	}

}
