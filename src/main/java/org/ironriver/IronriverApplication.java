package org.ironriver;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class IronriverApplication {

	public static void main(String[] args) {
		SpringApplication.run(IronriverApplication.class, args);
	}
}
