package vn.bca.antq;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering: feature packages without cycles, views that only call services, one place for each concern. */
@AnalyzeClasses(packages = "vn.bca.antq", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featuresDoNotDependOnEachOtherInCycles =
            slices().matching("vn.bca.antq.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule viewsCallServicesNeverRepositoriesOrSql = noClasses().that().resideInAPackage("vn.bca.antq..ui..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .orShould().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "jakarta.persistence..");

    @ArchTest
    static final ArchRule onlyTheIndicatorServiceAggregates = noClasses().that().resideOutsideOfPackages("..indicator..", "..demo..")
            .should().dependOnClassesThat().haveFullyQualifiedName("vn.bca.antq.indicator.ReportedValue");

    @ArchTest
    static final ArchRule onlyTheDatabaseSetupKnowsTheEmbeddedServer = noClasses().that().resideOutsideOfPackage("vn.bca.antq.base.db")
            .should().dependOnClassesThat().resideInAPackage("ch.vorburger..");

    @ArchTest
    static final ArchRule featuresDoNotReachIntoUserInterfaces = noClasses().that().resideOutsideOfPackages("vn.bca.antq..ui..")
            .should().dependOnClassesThat().resideInAPackage("vn.bca.antq..ui..");
}
