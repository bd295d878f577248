package io.rolewire.wiring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The wiring core stays pure: Jackson 3 for JSON, nothing of Spring, the SDK, JDBC or HTTP. */
class WiringArchitectureTest {

    private static final JavaClasses WIRING = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.rolewire.wiring");

    @Test
    void wiringUsesNoFrameworkSdkDatabaseOrHttpTypes() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "software.amazon..",
                        "java.sql..",
                        "javax.sql..",
                        "jakarta.servlet..",
                        "javax.servlet..",
                        "jakarta.validation..",
                        "javax.validation..",
                        "com.fasterxml.jackson.databind..")
                .check(WIRING);
    }

    @Test
    void wiringDependsOnNoOtherRolewireModule() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.rolewire.aws..",
                        "io.rolewire.apply..",
                        "io.rolewire.runs..",
                        "io.rolewire.audit..",
                        "io.rolewire.web..",
                        "io.rolewire.security..")
                .check(WIRING);
    }
}
