package org.colophon.web;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Answers an {@code Accept} header that no representation matches with 406 and the list
 * of types the address does offer, so that a client can ask again.
 */
@ControllerAdvice
class NotAcceptableHandler {

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ResponseEntity<String> notAcceptable(HttpMediaTypeNotAcceptableException ex) {
		String available = ex.getSupportedMediaTypes()
			.stream()
			.map(MediaType::toString)
			.distinct()
			.collect(Collectors.joining("\n"));
		// The content type is set here, so the converter does not negotiate it against
		// the Accept header again.
		return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE)
			.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
			.body("None of the accepted types is available here. Available types:\n" + available + "\n");
	}

}
