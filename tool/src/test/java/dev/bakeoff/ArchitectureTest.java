package dev.bakeoff;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.bakeoff.model.Measurement;

/** Keeps the dependency arrows of docs/DESIGN.md true: rooms depend inward, shells on everything. */
@AnalyzeClasses(packages = "dev.bakeoff", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelDependsOnNothingOfOurs = noClasses()
            .that()
            .resideInAPackage("dev.bakeoff.model..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "dev.bakeoff.yaml..",
                    "dev.bakeoff.loadgen..",
                    "dev.bakeoff.lab..",
                    "dev.bakeoff.bench..",
                    "dev.bakeoff.store..",
                    "dev.bakeoff.advisor..",
                    "dev.bakeoff.report..",
                    "dev.bakeoff.cli..",
                    "dev.bakeoff.web..");

    @ArchTest
    static final ArchRule modelUsesOnlyTheJdk = noClasses()
            .that()
            .resideInAPackage("dev.bakeoff.model..")
            .should()
            .dependOnClassesThat()
            .resideOutsideOfPackages("java..", "dev.bakeoff.model..");

    @ArchTest
    static final ArchRule innerRoomsKeepToModel = noClasses()
            .that()
            .resideInAnyPackage(
                    "dev.bakeoff.loadgen..", "dev.bakeoff.lab..", "dev.bakeoff.store..", "dev.bakeoff.advisor..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.bakeoff.bench..", "dev.bakeoff.report..", "dev.bakeoff.cli..", "dev.bakeoff.web..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule innerRoomsDoNotKnowEachOther = slices().matching("dev.bakeoff.(loadgen|lab|store|advisor)..")
            .should()
            .notDependOnEachOther()
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule nothingDependsOnTheShells = noClasses()
            .that()
            .resideOutsideOfPackages("dev.bakeoff.cli..", "dev.bakeoff.web..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.bakeoff.cli..", "dev.bakeoff.web..");

    @ArchTest
    static final ArchRule reportReadsOnlyModelAndAdvice = noClasses()
            .that()
            .resideInAPackage("dev.bakeoff.report..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.bakeoff.loadgen..", "dev.bakeoff.lab..", "dev.bakeoff.bench..")
            .allowEmptyShould(true);

    /** A measurement is built by name: 22 positional fields, eight of them doubles, would let a swap compile. */
    @ArchTest
    static final ArchRule measurementsAreBuiltByName = noClasses()
            .that()
            .doNotBelongToAnyOf(Measurement.class)
            .should()
            .callConstructorWhere(JavaCall.Predicates.target(
                    HasOwner.Predicates.With.owner(JavaClass.Predicates.equivalentTo(Measurement.class))));
}
