package org.colophon.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.colophon.account.Password;
import org.colophon.account.SignUpMailException;
import org.colophon.account.SignUpService;
import org.colophon.citation.SiteAddress;
import org.colophon.links.Links;
import org.colophon.system.LocalPaths;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
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
 * The log-in and sign-up pages, and the page a sign-up mail's link leads to; Spring
 * Security handles the log-in and log-out posts themselves.
 */
@Controller
class AccountController {

	private final SignUpService signUps;

	private final SiteAddress site;

	AccountController(SignUpService signUps, SiteAddress site) {
		this.signUps = signUps;
		this.site = site;
	}

	@GetMapping(Links.LOGIN)
	String showLogin(@RequestParam(name = "continue", required = false) String next, HttpServletRequest request,
			Model model) {
		Map<String, String[]> flags = request.getParameterMap();
		model.addAttribute("continueTo", LocalPaths.isLocal(next) ? next : null);
		model.addAttribute("institutional", flags.containsKey("institutional"));
		model.addAttribute("confirmed", flags.containsKey("confirmed"));
		if (flags.containsKey("error")) {
			HttpSession session = request.getSession(false);
			Object failure = (session != null) ? session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) : null;
			model.addAttribute("error", errorOf(failure));
		}
		return "account/login";
	}

	private static String errorOf(Object failure) {
		if (failure instanceof LockedException) {
			return "locked";
		}
		// The account store did not answer: the credentials may well be right.
		return (failure instanceof InternalAuthenticationServiceException) ? "unavailable" : "credentials";
	}

	@GetMapping(Links.SIGN_UP)
	String showSignUp(Model model) {
		model.addAttribute("form", new SignUpForm("", ""));
		return "account/signup";
	}

	@PostMapping(Links.SIGN_UP)
	String submitSignUp(@Valid @ModelAttribute("form") SignUpForm form, BindingResult result, Locale locale,
			HttpServletResponse response) {
		if (result.hasErrors()) {
			return "account/signup";
		}
		try {
			this.signUps.request(form.email(), new Password(form.password()),
					(token) -> this.site.baseUrl() + Links.signUpConfirm(token), locale);
		}
		catch (SignUpMailException ex) {
			result.reject("signup.mailFailed");
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			return "account/signup";
		}
		return "redirect:" + Links.SIGN_UP_SENT;
	}

	@GetMapping(Links.SIGN_UP_SENT)
	String showSignUpSent() {
		return "account/signup-sent";
	}

	@GetMapping(Links.SIGN_UP_CONFIRM)
	String showConfirm(@RequestParam(name = "token", defaultValue = "") String token, Model model) {
		model.addAttribute("token", token);
		return "account/confirm";
	}

	@PostMapping(Links.SIGN_UP_CONFIRM)
	String submitConfirm(@RequestParam(name = "token", defaultValue = "") String token, Model model,
			HttpServletResponse response) {
		SignUpService.Confirmation confirmation = this.signUps.confirm(token);
		if (confirmation == SignUpService.Confirmation.INVALID) {
			model.addAttribute("invalid", true);
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return "account/confirm";
		}
		return "redirect:" + Links.LOGIN + "?confirmed";
	}

}
