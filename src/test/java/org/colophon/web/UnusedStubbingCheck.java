package org.colophon.web;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.mockito.Mockito;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fails a test that leaves a stubbing of a {@code @MockitoBean} unused, as Mockito's
 * strict stubs would. Mockito cannot check these mocks itself: they are made with the
 * application context, outside any Mockito session (spring-framework#34419). A stubbing
 * made for other arguments than the controller passes stays unused, so this also catches
 * the mismatches strict stubs report. Runs before Spring resets the mocks.
 */
class UnusedStubbingCheck implements AfterEachCallback {

	@Override
	public void afterEach(ExtensionContext context) {
		ConfigurableListableBeanFactory beans = ((ConfigurableApplicationContext) SpringExtension
			.getApplicationContext(context)).getBeanFactory();
		List<String> unused = Arrays.stream(beans.getSingletonNames())
			.map(beans::getSingleton)
			.filter((bean) -> Mockito.mockingDetails(bean).isMock())
			.flatMap((mock) -> Mockito.mockingDetails(mock).getStubbings().stream())
			.filter((stubbing) -> !stubbing.wasUsed())
			.map((stubbing) -> stubbing.getInvocation() + " " + stubbing.getInvocation().getLocation())
			.toList();
		assertThat(unused).as("stubbings the test never used").isEmpty();
	}

}
