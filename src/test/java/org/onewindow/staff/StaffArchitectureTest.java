package org.onewindow.staff;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The staff domain stays a domain package: no HTTP types, no store, no config (STYLE.md). */
final class StaffArchitectureTest {

    private static final JavaClasses STAFF = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.onewindow.staff");

    @Test
    void staff_importsNeitherHttpNorStoreNorWeb() {
        noClasses()
                .that()
                .resideInAPackage("org.onewindow.staff..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.onewindow.store..",
                        "org.onewindow.http..",
                        "org.onewindow.config..",
                        "io.vertx.ext..",
                        "java.sql..")
                .check(STAFF);
    }
}
