package bench.bare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Colophon's starters, one table and one page at Colophon's chapter path: how long the
 * framework alone takes to serve a first page.
 */
@SpringBootApplication
public class BareApplication {

	public static void main(String[] args) {
		SpringApplication.run(BareApplication.class, args);
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) {
		return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll()).build();
	}

	@Controller
	static class ChapterController {

		private final ChapterRepository chapters;

		ChapterController(ChapterRepository chapters) {
			this.chapters = chapters;
		}

		@GetMapping("/chapters/{id}/{slug}")
		String showChapter(@PathVariable String id, @PathVariable String slug, Model model) {
			model.addAttribute("title", this.chapters.findById(id).map(Chapter::getTitle).orElse(slug));
			return "chapter";
		}

	}

}
