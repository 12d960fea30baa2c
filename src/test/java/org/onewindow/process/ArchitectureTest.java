package org.onewindow.process;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

final class ArchitectureTest {

    private static final JavaClasses PROCESS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.onewindow.process");

    @Test
    void processDomain_importsOnlyJdkJacksonSharedAndForm() {
        classes()
                .that()
                .resideInAPackage("org.onewindow.process..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "com.fasterxml.jackson..",
                        "org.onewindow.shared..",
                        "org.onewindow.form..",
                        "org.onewindow.process..",
                        "org.onewindow.i18n..")
                .check(PROCESS);
    }
}
