package org.onewindow.knowledge;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependency rules of STYLE.md for the knowledge packages. */
final class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.onewindow.knowledge");

    @Test
    void knowledge_importsNoVertx() {
        noClasses()
                .that()
                .resideInAPackage("org.onewindow.knowledge..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.vertx..")
                .check(CLASSES);
    }

    @Test
    void core_importsOnlyJdkAndShared() {
        noClasses()
                .that()
                .resideInAPackage("org.onewindow.knowledge")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.apache..",
                        "com.fasterxml..",
                        "org.onewindow.knowledge.index..",
                        "org.onewindow.knowledge.ingest..",
                        "org.onewindow.knowledge.runtime..")
                .check(CLASSES);
    }

    @Test
    void tikaOnlyInIngest_luceneOnlyInIndex() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.onewindow.knowledge.ingest..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.apache.tika..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideOutsideOfPackage("org.onewindow.knowledge.index..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.apache.lucene..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAPackage("org.onewindow.knowledge.index..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.onewindow.knowledge.ingest..")
                .check(CLASSES);
    }
}
