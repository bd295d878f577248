package io.rolewire.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.rolewire.RolewireApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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

    /**
     * Issue 12, outcome 6 (ADR 016): the export generator is pure like {@code wiring}: no Spring, no IO, no
     * AWS SDK. Only its {@code internal} service touches Spring and the record; the API names {@code
     * runs.Actor}.
     */
    @Test
    void theExportGeneratorIsPureJava() {
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage("io.rolewire.export")
                .and()
                .doNotHaveSimpleName("package-info") // the module's Spring Modulith annotation
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "software.amazon.awssdk..",
                        "java.io..",
                        "java.nio.file..",
                        "java.sql..",
                        "javax.sql..",
                        "jakarta.servlet..",
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

    /** The lease engine (ADR 013) is the apply's implementation detail, behind its {@code Lease}. */
    @Test
    void dbSchedulerOnlyInsideTheApplyImplementation() {
        ArchRule rule = noClasses()
                .that()
                .resideOutsideOfPackage("io.rolewire.apply.internal..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.github.kagkarlsson..");
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

    /**
     * Issue 8, outcome 7: audit keeps its own tables (history_runs, run_search_terms, run_events...) fed by
     * the typed events; it reaches a run's stored columns only through the runs module's API. The SQL is
     * in string literals, so the rule reads the sources.
     */
    @Test
    void auditNeverQueriesTheRunsTable() throws IOException {
        Pattern runsTable = Pattern.compile("(?i)\\b(from|join|update|into)\\s+runs\\b(?!_)");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/io/rolewire/audit"))) {
            List<String> offenders = sources.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> runsTable.matcher(read(path)).find())
                    .map(Path::toString)
                    .toList();
            assertThat(offenders).isEmpty();
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
