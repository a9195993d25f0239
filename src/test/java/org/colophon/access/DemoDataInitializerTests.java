package org.colophon.access;

import java.util.List;

import org.colophon.account.ReaderService;
import org.colophon.account.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.then;

/**
 * What the demo profile tells the operator in the log: how to sign in, but never a
 * password the operator chose.
 */
@ExtendWith({ MockitoExtension.class, OutputCaptureExtension.class })
class DemoDataInitializerTests {

	private static final String EMAIL = "reader@demo.colophon.example";

	@Mock
	private AdminService admin;

	@Mock
	private ReaderService readers;

	@Test
	void neverLogsAPasswordTheOperatorSupplied(CapturedOutput output) {
		initializer("the operator's own secret").run(null);

		then(this.admin).should().createReader(EMAIL, "the operator's own secret", null, Role.READER);
		assertThat(output).contains(EMAIL).doesNotContain("the operator's own secret");
	}

	@Test
	void logsAGeneratedPasswordSoThatTheDemoReaderCanSignIn(CapturedOutput output) {
		initializer(null).run(null);

		ArgumentCaptor<String> password = ArgumentCaptor.forClass(String.class);
		then(this.admin).should().createReader(eq(EMAIL), password.capture(), isNull(), eq(Role.READER));
		assertThat(output).contains(EMAIL).contains(password.getValue());
	}

	private DemoDataInitializer initializer(String password) {
		return new DemoDataInitializer(new DemoProperties(List.of(), List.of("127.0.0.0/8"), EMAIL, password),
				this.admin, this.readers);
	}

}
