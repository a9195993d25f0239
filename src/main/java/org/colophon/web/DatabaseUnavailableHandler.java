package org.colophon.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionSystemException;
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
 * <p>
 * It runs after every other advice, so that one answering a particular database error
 * keeps it; any database error that is not a lost connection goes on to the default 500.
 */
@ControllerAdvice
class DatabaseUnavailableHandler {

	static final String RETRY_AFTER_SECONDS = "10";

	/** SQLSTATE class 08: connection exception. */
	private static final String CONNECTION_EXCEPTION = "08";

	private static final Logger logger = LoggerFactory.getLogger(DatabaseUnavailableHandler.class);

	// A connection that dies inside a transaction fails the query, then the rollback; the
	// rollback's JpaSystemException or TransactionSystemException is what arrives here.
	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	Object unavailable(Exception ex, HandlerMethod handler, HttpServletResponse response) throws Exception {
		if (!isConnectionFailure(ex)) {
			throw ex;
		}
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

	/**
	 * Whether the exception says the database could not be reached: a Spring resource
	 * failure, a JDBC connection exception by type or SQLSTATE, or a begin, commit or
	 * rollback refused by a connection without a reason, which is how HikariCP answers on
	 * a connection it has just closed because its server went away.
	 */
	static boolean isConnectionFailure(Throwable ex) {
		boolean transactionControl = false;
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException
					|| cause instanceof TransientDataAccessResourceException
					|| cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException
					|| cause instanceof SQLRecoverableException) {
				return true;
			}
			if (cause instanceof SQLException sql) {
				String state = sql.getSQLState();
				return (state != null) ? state.startsWith(CONNECTION_EXCEPTION) : transactionControl;
			}
			transactionControl |= cause instanceof TransactionSystemException
					|| cause instanceof org.hibernate.TransactionException;
		}
		return false;
	}

}
