package io.rolewire.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.rolewire.RolewireApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The module boundaries of DESIGN.md "Layout", checked on every build. */
class ArchitectureTest {

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.rolewire");
    }

    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        ApplicationModules.of(RolewireApplication.class).verify();
    }

    @Test
    void wiringIsPureJava() {
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage("io.rolewire.wiring..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "software.amazon.awssdk..",
                        "java.sql..",
                        "javax.sql..",
                        "jakarta.servlet..",
                        "jakarta.validation..",
                        "io.rolewire.runs..",
                        "io.rolewire.aws..",
                        "io.rolewire.apply..",
                        "io.rolewire.audit..",
                        "io.rolewire.web..",
                        "io.rolewire.security..");
        rule.check(production);
    }

    @Test
    void awsSdkOnlyInsideTheAwsAdapters() {
        ArchRule rule = noClasses()
                .that()
                .resideOutsideOfPackage("io.rolewire.aws.internal..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("software.amazon.awssdk..")
                .allowEmptyShould(true);
        rule.check(production);
    }

    @Test
    void webFrameworksOnlyInWebAndSecurity() {
        ArchRule rule = noClasses()
                .that()
                .resideOutsideOfPackages("io.rolewire.web..", "io.rolewire.security..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework.web..",
                        "org.springframework.ui..",
                        "org.thymeleaf..",
                        "jakarta.servlet..",
                        "jakarta.validation..");
        rule.check(production);
    }

    @Test
    void controllersArePackagePrivateAndOnlyInWeb() {
        ArchRule rule = classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .should()
                .resideInAPackage("io.rolewire.web..")
                .andShould()
                .notBePublic();
        rule.check(production);
    }
}
