package org.colophon.access;

import java.math.BigDecimal;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.colophon.access.AdminService.PublicationSettings;
import org.colophon.catalogue.BookInfo;
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
 * The platform admin's publication pages: a publication found by its public id, DOI or
 * ISBN (one index look-up, whatever the size of the catalogue), and forms to set its
 * access model and its purchase price. The rules are {@link AdminService}'s, as for the
 * admin API.
 */
@Controller
class AdminPublicationPageController {

	static final String PUBLICATIONS = "/admin/publications";

	static final String PUBLICATION = PUBLICATIONS + "/{id}";

	private final AdminService admin;

	AdminPublicationPageController(AdminService admin) {
		this.admin = admin;
	}

	@GetMapping(PUBLICATIONS)
	String findPublication(@RequestParam(required = false) String q, Model model) {
		if (q != null && !q.isBlank()) {
			Optional<BookInfo> found = this.admin.findPublication(q);
			if (found.isPresent()) {
				return "redirect:" + PUBLICATIONS + "/" + found.get().id();
			}
			model.addAttribute("notFound", true);
		}
		model.addAttribute("q", (q != null) ? q.strip() : "");
		return "admin/publications";
	}

	@GetMapping(PUBLICATION)
	String showPublication(@PathVariable String id, Model model) {
		PublicationSettings settings = this.admin.publicationSettings(id);
		model.addAttribute("modelForm", new AccessModelForm(settings.model(), settings.licence()));
		model.addAttribute("priceForm", new PriceForm(settings.price(), settings.currency()));
		return show(settings, model);
	}

	@PostMapping(PUBLICATION + "/access-model")
	String submitAccessModel(@PathVariable String id, @Valid @ModelAttribute("modelForm") AccessModelForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			PublicationSettings settings = this.admin.publicationSettings(id);
			model.addAttribute("priceForm", new PriceForm(settings.price(), settings.currency()));
			return show(settings, model);
		}
		this.admin.setAccessModel(false, id, form.model(), form.licence());
		redirect.addFlashAttribute("notice", "admin.publication.model.changed");
		return "redirect:" + PUBLICATION;
	}

	@PostMapping(PUBLICATION + "/price")
	String submitPrice(@PathVariable String id, @Valid @ModelAttribute("priceForm") PriceForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			PublicationSettings settings = this.admin.publicationSettings(id);
			model.addAttribute("modelForm", new AccessModelForm(settings.model(), settings.licence()));
			return show(settings, model);
		}
		this.admin.setPrice(id, form.amount(), form.currency());
		redirect.addFlashAttribute("notice", "admin.publication.price.changed");
		return "redirect:" + PUBLICATION;
	}

	private String show(PublicationSettings settings, Model model) {
		model.addAttribute("publication", settings);
		model.addAttribute("models", AccessModel.values());
		return "admin/publication";
	}

	/** The access model for the publication, with a licence when it is open access. */
	record AccessModelForm(@NotNull(message = "{admin.publication.model.required}") AccessModel model,
			@Size(max = AccessPolicy.MAX_LICENCE, message = "{admin.tooLong}") String licence) {

		AccessModelForm {
			licence = (licence == null || licence.isBlank()) ? null : licence.strip();
		}

	}

	/** The purchase price: the same constraints as the admin API's price request. */
	record PriceForm(@PriceAmount BigDecimal amount, @CurrencyCode String currency) {

		PriceForm {
			currency = (currency != null) ? currency.strip() : null;
		}

	}

}
