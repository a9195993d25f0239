package org.colophon.web;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.colophon.access.AccessDecision;
import org.colophon.access.AccessProperties;
import org.colophon.access.AccessService;
import org.colophon.access.ViewerResolver;
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

	private final AccessService access;

	private final ViewerResolver viewers;

	private final AccessProperties accessProperties;

	private final DeliveryProperties delivery;

	ChapterController(CatalogueService catalogue, AccessService access, ViewerResolver viewers,
			AccessProperties accessProperties, DeliveryProperties delivery) {
		this.catalogue = catalogue;
		this.access = access;
		this.viewers = viewers;
		this.accessProperties = accessProperties;
		this.delivery = delivery;
	}

	@GetMapping({ "/chapters/{id}", "/chapters/{id}/{slug}" })
	String showChapter(@PathVariable String id, @PathVariable(required = false) String slug,
			HttpServletRequest request, Model model) {
		ChapterInfo chapter = this.catalogue.chapter(id);
		if (!chapter.slug().equals(slug)) {
			return "redirect:" + Paths.chapter(chapter);
		}
		addChapter(model, chapter, request);
		return "chapter/show";
	}

	@GetMapping("/chapters/{id}/{slug}/save/{target}")
	String showSaveForm(@PathVariable String id, @PathVariable String slug, @PathVariable String target,
			HttpServletRequest request, Model model) {
		if (!SAVE_TARGETS.contains(target)) {
			throw new ChapterNotFoundException(id + "/save/" + target);
		}
		ChapterInfo chapter = this.catalogue.chapter(id);
		if (!chapter.slug().equals(slug)) {
			return "redirect:" + Paths.chapter(chapter) + "/save/" + target;
		}
		addChapter(model, chapter, request);
		model.addAttribute("target", target);
		return "chapter/save";
	}

	private void addChapter(Model model, ChapterInfo chapter, HttpServletRequest request) {
		AccessDecision decision = this.access.decide(chapter, this.viewers.resolve(request));
		model.addAttribute("chapter", ChapterView.of(chapter));
		model.addAttribute("access", AccessView.of(chapter, decision, this.accessProperties));
		model.addAttribute("kindleSender", this.delivery.kindleSender());
	}

}
