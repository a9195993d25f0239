package org.colophon.access;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.colophon.account.Reader;
import org.colophon.account.ReaderPrincipal;
import org.colophon.account.Role;
import org.colophon.account.ValidPassword;
import org.colophon.system.KeysetPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
 * The platform admin's reader pages: readers found by the start of their e-mail address,
 * a reader's account with its role and institution, and forms to create an account,
 * change its role or delete it. The rules are {@link AdminService}'s, as for the admin
 * API.
 */
@Controller
class AdminReaderPageController {

	static final String READERS = "/admin/readers";

	static final String READER = READERS + "/{id}";

	private final AdminService admin;

	AdminReaderPageController(AdminService admin) {
		this.admin = admin;
	}

	@GetMapping(READERS)
	String listReaders(@RequestParam(required = false) String email, @RequestParam(required = false) String after,
			Model model) {
		model.addAttribute("readerForm", new ReaderForm("", "", Role.READER, null));
		return list(email, after, model);
	}

	@PostMapping(READERS)
	String submitReader(@Valid @ModelAttribute("readerForm") ReaderForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Reader created = this.admin.createReader(form.email(), form.password(), form.institutionId(),
						form.role());
				redirect.addFlashAttribute("notice", "admin.readers.created");
				return "redirect:" + READERS + "/" + created.getId();
			}
			catch (InvalidInputException ex) {
				result.rejectValue(ex.field(), "admin.invalid", new Object[] { ex.getMessage() }, ex.getMessage());
			}
		}
		return list(null, null, model);
	}

	@GetMapping(READER)
	String showReader(@AuthenticationPrincipal ReaderPrincipal viewer, @PathVariable long id, Model model) {
		Reader reader = this.admin.reader(id);
		model.addAttribute("roleForm", new RoleForm(reader.getRole(), reader.getInstitutionId()));
		return show(viewer, reader, model);
	}

	@PostMapping(READER + "/role")
	String submitRole(@AuthenticationPrincipal ReaderPrincipal viewer, @PathVariable long id,
			@Valid @ModelAttribute("roleForm") RoleForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.admin.changeRole(actor(viewer), id, form.role(), form.institutionId());
				redirect.addFlashAttribute("notice", "admin.reader.role.changed");
				return "redirect:" + READER;
			}
			catch (InvalidInputException ex) {
				result.rejectValue(ex.field(), "admin.invalid", new Object[] { ex.getMessage() }, ex.getMessage());
			}
		}
		return show(viewer, this.admin.reader(id), model);
	}

	@PostMapping(READER + "/delete")
	String submitDeletion(@AuthenticationPrincipal ReaderPrincipal viewer, @PathVariable long id,
			RedirectAttributes redirect) {
		try {
			this.admin.deleteReader(actor(viewer), id);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("refusal", "admin.reader.own");
			return "redirect:" + READER;
		}
		redirect.addFlashAttribute("notice", "admin.reader.deleted");
		return "redirect:" + READERS;
	}

	private String list(String email, String after, Model model) {
		KeysetPage<Reader> page = this.admin.readers(email, after, AdminPageController.PAGE);
		model.addAttribute("email", (email != null) ? email.strip() : "");
		model.addAttribute("readers", page.items().stream().map(ReaderRow::of).toList());
		model.addAttribute("nextAfter", page.nextCursor());
		model.addAttribute("roles", Role.values());
		return "admin/readers";
	}

	private static Long actor(ReaderPrincipal viewer) {
		return (viewer != null) ? viewer.id() : null;
	}

	private String show(ReaderPrincipal viewer, Reader reader, Model model) {
		model.addAttribute("reader", ReaderRow.of(reader));
		model.addAttribute("own", viewer != null && reader.getId().equals(viewer.id()));
		model.addAttribute("roles", Role.values());
		return "admin/reader";
	}

	/** A reader account as the admin pages show it; never its password hash. */
	record ReaderRow(long id, String email, Role role, Long institutionId, String createdAt) {

		static ReaderRow of(Reader reader) {
			return new ReaderRow(reader.getId(), reader.getEmail(), reader.getRole(), reader.getInstitutionId(),
					reader.getCreatedAt().toString());
		}

	}

	/** A new account: the same fields and rules as the admin API's reader request. */
	record ReaderForm(
			@NotNull(message = "{admin.institutions.email.invalid}") @Size(max = Reader.MAX_EMAIL,
					message = "{admin.institutions.email.invalid}") @Pattern(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
							message = "{admin.institutions.email.invalid}") String email,
			@ValidPassword String password, @NotNull(message = "{admin.reader.role.required}") Role role,
			Long institutionId) {

		ReaderForm {
			email = (email != null) ? email.strip() : null;
		}

		@Override
		public String toString() {
			return "ReaderForm[email=" + this.email + ", role=" + this.role + "]";
		}

	}

	/** A reader's new role and institution (none when empty). */
	record RoleForm(@NotNull(message = "{admin.reader.role.required}") Role role, Long institutionId) {
	}

}
