package org.onewindow;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rules of STYLE.md: arrows point inward, transport types stay at the edge. */
final class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.onewindow");
    }

    @Test
    void shared_importsOnlyTheJdk() {
        noClasses().that().resideInAPackage("org.onewindow.shared..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.onewindow.shared..")
                .check(classes);
    }

    @Test
    void formKernel_importsOnlyTheJdkAndShared() {
        // Processes, the eligibility dialogue, understanding and dialogue all ask with it: it leans on none of them.
        classes().that().resideInAPackage("org.onewindow.form..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.onewindow.shared..",
                        "org.onewindow.form..")
                .check(classes);
    }

    @Test
    void domainPackages_importNoVertx() {
        noClasses().that().resideInAnyPackage("org.onewindow.dialogue..", "org.onewindow.process..",
                        "org.onewindow.policy..", "org.onewindow.knowledge..")
                .should().dependOnClassesThat().resideInAPackage("io.vertx..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void onlyHttpAndChannels_seeRoutingTypes() {
        noClasses().that().resideOutsideOfPackages("org.onewindow.http..", "org.onewindow.channel..", "org.onewindow")
                .should().dependOnClassesThat().resideInAnyPackage("io.vertx.ext.web", "io.vertx.ext.web.handler..")
                .check(classes);
    }

    @Test
    void luceneAndTika_stayInTheirKnowledgePackages() {
        noClasses().that().resideOutsideOfPackage("org.onewindow.knowledge..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..", "org.apache.tika..")
                .check(classes);
    }

    @Test
    void domainPackages_neverImportTheStore() {
        noClasses().that().resideOutsideOfPackages("org.onewindow.store..", "org.onewindow")
                .should().dependOnClassesThat().resideInAPackage("org.onewindow.store..")
                .check(classes);
    }

    @Test
    void channels_neverImportDialogueKnowledgeOrStore() {
        noClasses().that().resideInAPackage("org.onewindow.channel..")
                .should().dependOnClassesThat().resideInAnyPackage("org.onewindow.dialogue..",
                        "org.onewindow.knowledge..", "org.onewindow.store..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void decisionAndInterpretation_neitherSearchNorStoreNorUseVertx() {
        noClasses().that().resideInAnyPackage("org.onewindow.dialogue..", "org.onewindow.understanding..")
                .should().dependOnClassesThat().resideInAnyPackage("io.vertx..", "org.onewindow.store..",
                        "org.onewindow.knowledge.index..", "org.onewindow.knowledge.runtime..",
                        "org.onewindow.knowledge.ingest..", "org.onewindow.conversation..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.onewindow.knowledge.KnowledgeBase")
                .check(classes);
    }

    @Test
    void i18n_dependsOnNothingOfTheAppButShared() {
        // Every package may say things to users, so the catalogue must not lean on any of them.
        noClasses().that().resideInAPackage("org.onewindow.i18n..")
                .should().dependOnClassesThat(resideInAPackage("org.onewindow..")
                        .and(not(resideInAnyPackage("org.onewindow.i18n..", "org.onewindow.shared.."))))
                .check(classes);
    }

    @Test
    void contentCheck_importsNoVertxStoreOrHttp() {
        // The check runs from the command line without a server: Vert.x (Web above all) has no place in it.
        noClasses().that().resideInAPackage("org.onewindow.content..")
                .should().dependOnClassesThat().resideInAnyPackage("io.vertx..", "org.onewindow.store..",
                        "org.onewindow.http..", "org.onewindow.channel..", "org.onewindow.knowledge.index..",
                        "org.onewindow.knowledge.runtime..")
                .check(classes);
    }

    @Test
    void packages_haveNoDependencyCycles() {
        slices().matching("org.onewindow.(**)").should().beFreeOfCycles().check(classes);
    }
}
