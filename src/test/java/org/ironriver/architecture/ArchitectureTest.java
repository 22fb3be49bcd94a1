package org.ironriver.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

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
	 * Everything talks to Neo4j over Bolt, so embedded and external databases share one
	 * code path. Only the database lifecycle, the bulk importer's in-process fast path
	 * and the benchmarks touch the embedded kernel.
	 */
	@ArchTest
	static final ArchRule only_database_ingest_and_benchmarks_use_the_embedded_kernel = noClasses().that()
		.resideOutsideOfPackages("org.ironriver.database..", "org.ironriver.ingest..", "org.ironriver.bench..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.neo4j.dbms..", "org.neo4j.kernel..", "org.neo4j.graphdb..");

	/**
	 * The model and the evidence vocabulary are shared by every feature and depend on
	 * none of them.
	 */
	@ArchTest
	static final ArchRule model_and_evidence_depend_on_no_feature = noClasses().that()
		.resideInAnyPackage("org.ironriver.model..", "org.ironriver.evidence..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.ironriver.entity..", "org.ironriver.search..", "org.ironriver.litigation..",
				"org.ironriver.paths..", "org.ironriver.investigation..", "org.ironriver.report..",
				"org.ironriver.ingest..", "org.ironriver.queries..", "org.ironriver.cypher..",
				"org.ironriver.curated..", "org.ironriver.cli..");

}
