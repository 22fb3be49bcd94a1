package org.ironriver.database;

import org.neo4j.driver.Driver;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.target.LazyInitTargetSource;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;

/**
 * Lets the context be built while the embedded Neo4j is still starting. Boot builds its
 * driver from the database's address, which a store on a free port ({@code bolt-port=0})
 * has only once it listens; so every bean that takes the driver (the application's
 * services, Spring Data Neo4j, health) would wait for the database where it is created,
 * and the rest of Spring's start (web server, security, actuator) would follow Neo4j's
 * instead of running beside it.
 *
 * <p>
 * Boot's driver definition is kept, unchanged (pool, timeouts, observations), under
 * {@value #TARGET}, created on first use; in its place is a proxy that creates it then.
 * The first use is the graph start-up ({@code curated.GraphReadiness}), which waits for
 * the database anyway. The proxy has no destroy method of its own: closing it at shutdown
 * would create a driver only to close it; the driver itself is closed as Boot's bean.
 */
final class DriverOnFirstUse implements BeanFactoryPostProcessor {

	/** Boot's name for its driver bean. */
	static final String DRIVER = "neo4jDriver";

	static final String TARGET = "neo4jDriverOnFirstUse";

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		if (!(beanFactory instanceof BeanDefinitionRegistry registry) || !registry.containsBeanDefinition(DRIVER)) {
			return;
		}
		var driver = registry.getBeanDefinition(DRIVER);
		registry.removeBeanDefinition(DRIVER);
		driver.setLazyInit(true);
		// Only the proxy is injected or listed (Boot's health contributor asks for
		// autowire candidates).
		driver.setAutowireCandidate(false);
		registry.registerBeanDefinition(TARGET, driver);

		var proxy = new RootBeanDefinition(Driver.class, () -> proxy(beanFactory));
		proxy.setPrimary(driver.isPrimary());
		proxy.setDestroyMethodName("");
		registry.registerBeanDefinition(DRIVER, proxy);
	}

	private static Driver proxy(ConfigurableListableBeanFactory beanFactory) {
		var target = new LazyInitTargetSource();
		target.setTargetBeanName(TARGET);
		target.setTargetClass(Driver.class);
		target.setBeanFactory(beanFactory);
		var factory = new ProxyFactory();
		factory.setTargetSource(target);
		factory.addInterface(Driver.class);
		return (Driver) factory.getProxy(beanFactory.getBeanClassLoader());
	}

}
