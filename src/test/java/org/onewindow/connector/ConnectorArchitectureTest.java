package org.onewindow.connector;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The connector layer's package rules (STYLE.md). */
final class ConnectorArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.onewindow");

    @Test
    void core_importsNeitherItsAdaptersNorTheStoreNorWebNorJackson() {
        noClasses()
                .that()
                .resideInAPackage("org.onewindow.connector")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.onewindow.connector.http..",
                        "org.onewindow.connector.amqp..",
                        "org.onewindow.connector.file..",
                        "org.onewindow.connector.config..",
                        "org.onewindow.store..",
                        "org.onewindow.http..",
                        "io.vertx.ext..",
                        "com.fasterxml..",
                        "com.rabbitmq..")
                .check(classes);
    }

    @Test
    void adapters_doNotImportEachOther() {
        noClasses()
                .that()
                .resideInAPackage("org.onewindow.connector.http..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.onewindow.connector.amqp..", "org.onewindow.connector.file..")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("org.onewindow.connector.amqp..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.onewindow.connector.http..", "org.onewindow.connector.file..")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("org.onewindow.connector.config..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.onewindow.connector.http..",
                        "org.onewindow.connector.amqp..",
                        "org.onewindow.connector.file..")
                .check(classes);
    }

    @Test
    void routingTypes_stayInHttp() {
        noClasses()
                .that()
                .resideInAPackage("org.onewindow.connector..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("io.vertx.ext.web.RoutingContext")
                .check(classes);
    }
}
