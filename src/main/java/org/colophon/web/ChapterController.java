package org.colophon.web;

import java.util.Set;

import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.ChapterInfo;
import org.colophon.catalogue.ChapterNotFoundException;
import org.colophon.delivery.DeliveryProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The chapter landing page and the plain-page versions of its save dialogs.
 */
@Controller
class ChapterController {

	private static final Set<String> SAVE_TARGETS = Set.of("kindle", "dropbox", "google-drive");

	private final CatalogueService catalogue;

	private final DeliveryProperties delivery;

	ChapterController(CatalogueService catalogue, DeliveryProperties delivery) {
		this.catalogue = catalogue;
		this.delivery = delivery;
	}

	@GetMapping({ "/chapters/{id}", "/chapters/{id}/{slug}" })
	String showChapter(@PathVariable String id, @PathVariable(required = false) String slug, Model model) {
		ChapterInfo chapter = this.catalogue.chapter(id);
		if (!chapter.slug().equals(slug)) {
			return "redirect:" + Paths.chapter(chapter);
		}
		model.addAttribute("chapter", ChapterView.of(chapter));
		model.addAttribute("kindleSender", this.delivery.kindleSender());
		return "chapter/show";
	}

	@GetMapping("/chapters/{id}/{slug}/save/{target}")
	String showSaveForm(@PathVariable String id, @PathVariable String slug, @PathVariable String target,
			Model model) {
		if (!SAVE_TARGETS.contains(target)) {
			throw new ChapterNotFoundException(id + "/save/" + target);
		}
		ChapterInfo chapter = this.catalogue.chapter(id);
		if (!chapter.slug().equals(slug)) {
			return "redirect:" + Paths.chapter(chapter) + "/save/" + target;
		}
		model.addAttribute("chapter", ChapterView.of(chapter));
		model.addAttribute("target", target);
		model.addAttribute("kindleSender", this.delivery.kindleSender());
		return "chapter/save";
	}

}
