package org.colophon.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.colophon.account.Password;
import org.colophon.account.ReaderService;
import org.colophon.system.LocalPaths;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The log-in and sign-up pages; Spring Security handles the log-in and log-out posts
 * themselves.
 */
@Controller
class AccountController {

	private final ReaderService readers;

	AccountController(ReaderService readers) {
		this.readers = readers;
	}

	@GetMapping("/login")
	String showLogin(@RequestParam(name = "continue", required = false) String next, HttpServletRequest request,
			Model model) {
		Map<String, String[]> flags = request.getParameterMap();
		model.addAttribute("continueTo", LocalPaths.isLocal(next) ? next : null);
		model.addAttribute("institutional", flags.containsKey("institutional"));
		model.addAttribute("registered", flags.containsKey("registered"));
		if (flags.containsKey("error")) {
			HttpSession session = request.getSession(false);
			Object failure = (session != null) ? session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) : null;
			model.addAttribute("error", (failure instanceof LockedException) ? "locked" : "credentials");
		}
		return "account/login";
	}

	@GetMapping("/signup")
	String showSignUp(Model model) {
		model.addAttribute("form", new SignUpForm("", ""));
		return "account/signup";
	}

	@PostMapping("/signup")
	String submitSignUp(@Valid @ModelAttribute("form") SignUpForm form, BindingResult result) {
		if (result.hasErrors()) {
			return "account/signup";
		}
		this.readers.signUp(form.email(), new Password(form.password()));
		return "redirect:/login?registered";
	}

}
