package org.colophon.web;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers any request that needed the database while it could not be reached with 503 and
 * {@code Retry-After}: the "back shortly" page for pages, a problem body for the JSON
 * API, never a stack trace. An outage is not a bug, so each request logs one line, not a
 * trace.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableHandler {

	static final String RETRY_AFTER_SECONDS = "10";

	private static final Logger logger = LoggerFactory.getLogger(DatabaseUnavailableHandler.class);

	@ExceptionHandler({ DataAccessResourceFailureException.class, TransientDataAccessResourceException.class,
			CannotCreateTransactionException.class })
	Object unavailable(Exception ex, HandlerMethod handler, HttpServletResponse response) {
		logger.warn("Database unavailable for {}: {}", handler.getShortLogMessage(), ex.getMessage());
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		if (AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
					"The catalogue cannot be reached; try again in " + RETRY_AFTER_SECONDS + " seconds");
			problem.setTitle("Service unavailable");
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem);
		}
		return new ModelAndView("error/503", HttpStatus.SERVICE_UNAVAILABLE);
	}

}
