package org.ironriver.health;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * A management port of its own ({@code MANAGEMENT_PORT}) listens on the application's
 * address, loopback by default. Boot binds it to every interface unless
 * {@code management.server.address} is set, and refuses that setting when there is no
 * separate port, so it is set here, only when a port is. Registered in
 * {@code META-INF/spring.factories}.
 */
class ManagementAddress implements EnvironmentPostProcessor, Ordered {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (StringUtils.hasText(environment.getProperty("management.server.port"))
				&& !StringUtils.hasText(environment.getProperty("management.server.address"))) {
			environment.getPropertySources()
				.addLast(new MapPropertySource("ironriverManagementAddress",
						Map.of("management.server.address", environment.getProperty("server.address", "127.0.0.1"))));
		}
	}

	/** After application.properties has been read. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
