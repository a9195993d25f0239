package org.colophon.access;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;

/**
 * Answers bad administrative input with 400 naming each field at fault; unknown records
 * are {@code NotFoundException}s, answered by the API's one 404 handler.
 */
@RestControllerAdvice(assignableTypes = AdminController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminExceptionHandler {

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException ex) {
		return badRequest(List.of(new FieldProblem(ex.field(), ex.getMessage())));
	}

	/**
	 * Every field at fault, each once, in the order the request declares them (list
	 * elements by index), so that the answer does not depend on the order the validator
	 * happened to check in; a rule on the whole request is put on {@code body}.
	 */
	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalid(MethodArgumentNotValidException ex) {
		Object request = ex.getBindingResult().getTarget();
		List<String> declared = (request != null && request.getClass().isRecord())
				? Arrays.stream(request.getClass().getRecordComponents()).map(RecordComponent::getName).toList()
				: List.of();
		Map<String, FieldProblem> problems = new LinkedHashMap<>();
		ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.sorted(Comparator.comparingInt((FieldError error) -> declared.indexOf(property(error.getField())))
				.thenComparingInt((error) -> error.getField().length())
				.thenComparing(FieldError::getField))
			.forEach((error) -> problems.putIfAbsent(error.getField(),
					new FieldProblem(error.getField(), error.getDefaultMessage())));
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach((error) -> problems.putIfAbsent("body", new FieldProblem("body", error.getDefaultMessage())));
		return badRequest(List.copyOf(problems.values()));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		String field = "body";
		if (ex.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
			field = jackson.getPath()
				.stream()
				.map((reference) -> (reference.getPropertyName() != null) ? reference.getPropertyName()
						: "[" + reference.getIndex() + "]")
				.reduce((left, right) -> right.startsWith("[") ? left + right : left + "." + right)
				.orElse("body");
		}
		return badRequest(List.of(new FieldProblem(field, "has a value that cannot be read")));
	}

	private static ProblemDetail badRequest(List<FieldProblem> problems) {
		FieldProblem first = problems.get(0);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				first.field() + " " + first.message());
		problem.setTitle("Invalid input");
		problem.setProperty("errors",
				problems.stream().map((each) -> Map.of("field", each.field(), "message", each.message())).toList());
		return problem;
	}

	/**
	 * The property a field path starts with: {@code ipRanges} for {@code ipRanges[2]}.
	 */
	private static String property(String field) {
		int end = field.indexOf('[');
		return (end < 0) ? field : field.substring(0, end);
	}

	private record FieldProblem(String field, String message) {
	}

}
