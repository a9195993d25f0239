package org.colophon.access;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.colophon.account.Role;
import org.colophon.account.ValidPassword;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The platform admin's institution pages: institutions with their ranges, the range
 * requests waiting for a decision, and forms to add an institution or an administrator
 * for one. The rules are {@link AdminService}'s, as for the admin API.
 */
@Controller
class AdminPageController {

	static final String INSTITUTIONS = "/admin/institutions";

	static final int PAGE = 50;

	private final AdminService admin;

	private final RangeRequestService requests;

	AdminPageController(AdminService admin, RangeRequestService requests) {
		this.admin = admin;
		this.requests = requests;
	}

	@GetMapping("/admin")
	String showAdmin() {
		return "redirect:" + INSTITUTIONS;
	}

	@GetMapping(INSTITUTIONS)
	String listInstitutions(@RequestParam(defaultValue = "0") long after, Model model) {
		model.addAttribute("institutionForm", new InstitutionForm("", ""));
		model.addAttribute("administratorForm", new AdministratorForm(null, "", ""));
		return page(after, model);
	}

	@PostMapping(INSTITUTIONS)
	String submitInstitution(@Valid @ModelAttribute("institutionForm") InstitutionForm form, BindingResult result,
			Model model) {
		if (!result.hasErrors()) {
			try {
				this.admin.createInstitution(form.name(), form.rangeList());
				return "redirect:" + INSTITUTIONS + "?created";
			}
			catch (IllegalArgumentException ex) {
				result.rejectValue("ranges", "admin.institutions.ranges.invalid", new Object[] { ex.getMessage() },
						ex.getMessage());
			}
		}
		model.addAttribute("administratorForm", new AdministratorForm(null, "", ""));
		return page(0, model);
	}

	@PostMapping(INSTITUTIONS + "/administrators")
	String submitAdministrator(@Valid @ModelAttribute("administratorForm") AdministratorForm form, BindingResult result,
			Model model) {
		if (!result.hasErrors()) {
			try {
				this.admin.createReader(form.email(), form.password(), form.institutionId(), Role.INSTITUTION_ADMIN);
				return "redirect:" + INSTITUTIONS + "?granted";
			}
			catch (InvalidInputException ex) {
				result.rejectValue(ex.field(), "admin.institutions.invalid", new Object[] { ex.getMessage() },
						ex.getMessage());
			}
		}
		model.addAttribute("institutionForm", new InstitutionForm("", ""));
		return page(0, model);
	}

	@PostMapping("/admin/range-requests/{id}/apply")
	String submitApply(@PathVariable long id) {
		this.requests.apply(id);
		return "redirect:" + INSTITUTIONS + "?applied";
	}

	@PostMapping("/admin/range-requests/{id}/reject")
	String submitReject(@PathVariable long id) {
		this.requests.reject(id);
		return "redirect:" + INSTITUTIONS + "?rejected";
	}

	/**
	 * A request decided meanwhile (in another tab, by another admin): the page again,
	 * with why nothing changed.
	 */
	@ExceptionHandler(InvalidInputException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String showDecided(Model model) {
		model.addAttribute("decided", true);
		model.addAttribute("institutionForm", new InstitutionForm("", ""));
		model.addAttribute("administratorForm", new AdministratorForm(null, "", ""));
		return page(0, model);
	}

	private String page(long after, Model model) {
		List<Institution> institutions = this.admin.institutions(after, PAGE);
		model.addAttribute("institutions",
				institutions.stream()
					.map((institution) -> new InstitutionRow(institution.getId(), institution.getName(),
							institution.getRanges().stream().map(IpRange::cidr).toList()))
					.toList());
		model.addAttribute("nextAfter",
				(institutions.size() == PAGE) ? institutions.get(institutions.size() - 1).getId() : null);
		model.addAttribute("pending", this.requests.pending(0, PAGE));
		return "admin/institutions";
	}

	/** An institution as the admin page lists it. */
	record InstitutionRow(long id, String name, List<String> ipRanges) {
	}

	/** A new institution: its name and its ranges, one per line. */
	record InstitutionForm(
			@NotBlank(message = "{admin.institutions.name.required}") @Size(max = Institution.MAX_NAME,
					message = "{admin.institutions.name.tooLong}") String name,
			@Size(max = 4000, message = "{admin.institutions.ranges.tooLong}") String ranges) {

		InstitutionForm {
			name = (name != null) ? name.strip() : null;
		}

		List<String> rangeList() {
			return (this.ranges == null) ? List.of()
					: Arrays.stream(this.ranges.split("\\R"))
						.map(String::strip)
						.filter((line) -> !line.isEmpty())
						.toList();
		}

	}

	/** An administrator account for an institution. */
	record AdministratorForm(@NotNull(message = "{admin.institutions.institution.required}") Long institutionId,
			@NotNull(message = "{admin.institutions.email.invalid}") @Size(max = 320,
					message = "{admin.institutions.email.invalid}") @Pattern(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
							message = "{admin.institutions.email.invalid}") String email,
			@ValidPassword String password) {

		AdministratorForm {
			email = (email != null) ? email.strip() : null;
		}

		@Override
		public String toString() {
			return "AdministratorForm[institutionId=" + this.institutionId + ", email=" + this.email + "]";
		}

	}

}
