package org.colophon.web;

import java.lang.reflect.Method;
import java.sql.SQLException;

import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DatabaseUnavailableHandlerTests {

	private final DatabaseUnavailableHandler handler = new DatabaseUnavailableHandler();

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	@Test
	void answersAPageWithThe503PageWhenNoConnectionCanBeHad() throws Exception {
		Object answer = this.handler.unavailable(new CannotCreateTransactionException("Could not open"),
				handler(new PageController()), this.response);

		assertThat(answer).isInstanceOfSatisfying(ModelAndView.class, (view) -> {
			assertThat(view.getViewName()).isEqualTo("error/503");
			assertThat(view.getStatus()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		});
		assertThat(this.response.getHeader("Retry-After")).isEqualTo("10");
	}

	@Test
	void answersTheApiWithAProblemWhenTheConnectionDiesMidTransaction() throws Exception {
		// What arrives when a pooled connection's server has gone mid-request: the
		// query fails, then the rollback on the closed connection.
		JpaSystemException rollbackFailed = new JpaSystemException(
				new IllegalStateException("Unable to rollback against JDBC Connection",
						new SQLException("This connection has been closed.", "08003")));

		Object answer = this.handler.unavailable(rollbackFailed, handler(new ApiController()), this.response);

		assertThat(answer).isInstanceOfSatisfying(ResponseEntity.class, (entity) -> {
			assertThat(entity.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
			assertThat(entity.getBody()).isInstanceOf(ProblemDetail.class);
		});
	}

	@Test
	void takesAConnectionExceptionByItsSqlState() {
		assertThat(DatabaseUnavailableHandler.isConnectionFailure(new JpaSystemException(new IllegalStateException(
				new SQLException("An I/O error occurred while sending to the backend.", "08006")))))
			.isTrue();
	}

	@Test
	void aFailedCommitWithAReasonIsNotAnOutage() {
		JpaSystemException serialization = new JpaSystemException(
				new TransactionException("Unable to commit", new SQLException("could not serialize access", "40001")));

		assertThat(DatabaseUnavailableHandler.isConnectionFailure(serialization)).isFalse();
	}

	@Test
	void leavesOtherDatabaseErrorsToTheDefaultAnswer() {
		DataIntegrityViolationException conflict = new DataIntegrityViolationException("duplicate key",
				new SQLException("duplicate key value", "23505"));

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.handler.unavailable(conflict, handler(new PageController()), this.response))
			.isSameAs(conflict);
		assertThat(this.response.getHeader("Retry-After")).isNull();
	}

	private static HandlerMethod handler(Object controller) throws NoSuchMethodException {
		Method method = controller.getClass().getDeclaredMethod("show");
		return new HandlerMethod(controller, method);
	}

	@Controller
	static class PageController {

		String show() {
			return "page";
		}

	}

	@RestController
	static class ApiController {

		String show() {
			return "json";
		}

	}

}
