package org.ironriver;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class IronriverApplication {

	public static void main(String[] args) {
		int exitCode = IronriverCommand.run(args);
		// serve keeps running on its non-daemon threads; every other subcommand ends
		// here.
		if (exitCode != 0 || (args.length > 0 && !"serve".equals(args[0]) && !args[0].startsWith("--"))) {
			System.exit(exitCode);
		}
	}

}
