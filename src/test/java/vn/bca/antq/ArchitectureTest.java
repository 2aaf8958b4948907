package vn.bca.antq;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import vn.bca.antq.base.FigureQuery;
import vn.bca.antq.base.db.FactTable;

/** The layering: feature packages without cycles, views that only call services, one place for each concern. */
@AnalyzeClasses(packages = "vn.bca.antq", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featuresDoNotDependOnEachOtherInCycles =
            slices().matching("vn.bca.antq.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule viewsCallServicesNeverRepositoriesOrSql = noClasses()
            .that()
            .resideInAPackage("vn.bca.antq..ui..")
            .should()
            .dependOnClassesThat()
            .haveSimpleNameEndingWith("Repository")
            .orShould()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework.jdbc..", "jakarta.persistence..");

    /**
     * Facts are read by SQL (the indicator aggregation, the intake's rules, the lists of a unit's sites), never mapped
     * as JPA entities: entities are the reference data that pages edit or navigate (units, sources, playlists).
     */
    @ArchTest
    static final ArchRule onlyReferenceDataIsMappedWithJpa = noClasses()
            .that()
            .resideOutsideOfPackages("vn.bca.antq.admin..", "vn.bca.antq.source..", "vn.bca.antq.presentation..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("jakarta.persistence..");

    /** A feature owns the SQL of its fact tables (base.FigureQuery); only the indicator aggregation runs it as figures. */
    @ArchTest
    static final ArchRule onlyTheIndicatorAggregationReadsFigureQueries = noClasses()
            .that()
            .resideOutsideOfPackage("vn.bca.antq.indicator")
            .should()
            .callMethod(FigureQuery.class, "sql")
            .orShould()
            .callMethod(FigureQuery.class, "params");

    /** Fact rows are written only by the repository of the feature that owns the table (FactTableOwnershipTest). */
    @ArchTest
    static final ArchRule onlyTheOwnersOfFactTablesWriteThem = noClasses()
            .that()
            .resideOutsideOfPackages(FactTableOwnershipTest.owners().stream()
                    .map(feature -> "vn.bca.antq." + feature)
                    .toArray(String[]::new))
            .and()
            .resideOutsideOfPackage("vn.bca.antq.base.db")
            .should()
            .dependOnClassesThat()
            .areAssignableTo(FactTable.class);

    @ArchTest
    static final ArchRule onlyTheDatabaseSetupKnowsTheEmbeddedServer = noClasses()
            .that()
            .resideOutsideOfPackage("vn.bca.antq.base.db")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("ch.vorburger..");

    /** The PDF reports are drawn without Vaadin, so that they can be made anywhere (a page's download, a job, a test). */
    @ArchTest
    static final ArchRule reportsAreDrawnWithoutVaadin = noClasses()
            .that()
            .resideInAPackage("vn.bca.antq.report.pdf")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.vaadin..");

    @ArchTest
    static final ArchRule featuresDoNotReachIntoUserInterfaces = noClasses()
            .that()
            .resideOutsideOfPackages("vn.bca.antq..ui..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("vn.bca.antq..ui..");
}
