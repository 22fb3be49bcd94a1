package org.ironriver.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.TreeSet;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.ironriver.database.Neo4jSessions;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The rules that keep the package-by-feature layout honest as the code grows. */
@AnalyzeClasses(packages = "org.ironriver", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	/**
	 * The web layer is thin: services are the public seam, controllers are reached only
	 * through HTTP.
	 */
	@ArchTest
	static final ArchRule controllers_are_package_private = classes().that()
		.areAnnotatedWith(RestController.class)
		.or()
		.areAnnotatedWith(Controller.class)
		.should()
		.notBePublic();

	/**
	 * Reads and writes go through the driver, so embedded and external databases behave
	 * alike. Only the database lifecycle, the bulk write transport's in-process fast path
	 * and the benchmarks touch the embedded kernel.
	 */
	@ArchTest
	static final ArchRule only_database_ingest_and_benchmarks_use_the_embedded_kernel = noClasses().that()
		.resideOutsideOfPackages("org.ironriver.database..", "org.ironriver.ingest..", "org.ironriver.bench..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.neo4j.dbms..", "org.neo4j.kernel..", "org.neo4j.graphdb..");

	/**
	 * The embedded database starts beside the context (DriverOnFirstUse): a bean that
	 * asks for the write transport while it is built makes the context wait for Neo4j,
	 * and races the start-up thread for the database bean, so that a failed start is
	 * reported as a circular reference instead of its own reason.
	 */
	@ArchTest
	static final ArchRule no_bean_asks_for_the_transport_while_it_is_built = noClasses().should()
		.callMethodWhere(DescribedPredicate.describe("Neo4jSessions.transport() is called from a constructor",
				call -> call.getOrigin() instanceof JavaConstructor
						&& call.getTarget().getOwner().isEquivalentTo(Neo4jSessions.class)
						&& call.getTarget().getName().equals("transport")));

	/**
	 * The floor plan: no two top-level packages depend on each other, directly or round a
	 * loop. The composition root (org.ironriver itself) is the one place that knows every
	 * feature.
	 */
	@ArchTest
	static final ArchRule top_level_packages_are_free_of_cycles = slices().matching("org.ironriver.(*)..")
		.should()
		.beFreeOfCycles();

	/** The packages every feature shares. */
	static final String[] SHARED = { "org.ironriver.model..", "org.ironriver.evidence..", "org.ironriver.graph..",
			"org.ironriver.database..", "org.ironriver.queries..", "org.ironriver.problems.." };

	/**
	 * The shared vocabulary at the bottom depends on no feature: it may use only itself
	 * and the libraries.
	 */
	@ArchTest
	static final ArchRule shared_packages_depend_on_no_feature = noClasses().that()
		.resideInAnyPackage(SHARED)
		.should()
		.dependOnClassesThat(resideInAPackage("org.ironriver..").and(not(resideInAnyPackage(SHARED))))
		.as("the shared packages (model, evidence, graph, database, queries, problems) depend on no feature");

	/** Features are reached through their faces, never through the composition root. */
	@ArchTest
	static final ArchRule nothing_depends_on_the_composition_root = noClasses().that()
		.resideInAPackage("org.ironriver.(*)..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.ironriver");

	/**
	 * A newcomer reads what a package is for in its package-info.java, one sentence or
	 * two.
	 */
	@ArchTest
	static void every_package_says_what_it_is_for(JavaClasses classes) {
		var packages = new TreeSet<String>();
		classes.stream()
			.filter(c -> c.getPackageName().startsWith("org.ironriver"))
			.forEach(c -> packages.add(c.getPackageName()));
		var silent = packages.stream().filter(name -> classes.getPackage(name).tryGetPackageInfo().isEmpty()).toList();
		assertThat(silent).as("packages without a package-info.java").isEmpty();
	}

}
