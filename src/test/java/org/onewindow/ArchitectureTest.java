package org.onewindow;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The dependency rules of STYLE.md: arrows point inward, transport types stay at the edge. The
 * table of what each package may depend on is {@link HouseRules}; the rules below it are the
 * sharper ones the package-infos state.
 */
final class ArchitectureTest {

    private static JavaClasses classes;

    private static Set<String> packagesOf(JavaClasses imported) {
        return imported.stream()
                .map(JavaClass::getPackageName)
                .filter(p -> p.equals(HouseRules.ROOT) || p.startsWith(HouseRules.ROOT + "."))
                .collect(Collectors.toSet());
    }

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.onewindow");
    }

    @TestFactory
    Stream<DynamicTest> everyPackage_dependsOnlyOnWhatItsRowAllows() {
        return HouseRules.HOUSE.stream()
                .map(room -> DynamicTest.dynamicTest(
                        room.name().isEmpty() ? "(root)" : room.name(),
                        () -> classes()
                                .that()
                                .resideInAPackage(room.packageName())
                                .should()
                                .onlyDependOnClassesThat()
                                .resideInAnyPackage(room.allowed())
                                .because(room.what())
                                .check(classes)));
    }

    @Test
    void everyPackage_isInTheHouseRules() {
        Set<String> rooms =
                HouseRules.HOUSE.stream().map(HouseRules.Room::packageName).collect(Collectors.toSet());
        Set<String> packages = packagesOf(classes);

        Set<String> unruled = new TreeSet<>(packages);
        unruled.removeAll(rooms);
        assertThat(unruled)
                .as("packages in no row of HouseRules: add them there on purpose")
                .isEmpty();
        Set<String> gone = new TreeSet<>(rooms);
        gone.removeAll(packages);
        assertThat(gone).as("rows of HouseRules whose package holds no class").isEmpty();
    }

    @Test
    void houseRules_nameOnlyPackagesOfTheHouse() {
        Set<String> names = HouseRules.HOUSE.stream().map(HouseRules.Room::name).collect(Collectors.toSet());
        assertThat(HouseRules.HOUSE)
                .as("one row per package")
                .extracting(HouseRules.Room::name)
                .doesNotHaveDuplicates();
        for (HouseRules.Room room : HouseRules.HOUSE) {
            Set<String> unknown = new TreeSet<>(room.uses());
            unknown.removeAll(names);
            unknown.remove(HouseRules.EVERYTHING);
            assertThat(unknown)
                    .as("packages the row of '" + room.name() + "' uses but HouseRules has no row for")
                    .isEmpty();
            assertThat(room.uses())
                    .as("the row of '" + room.name() + "' uses itself")
                    .doesNotContain(room.name());
        }
    }

    @Test
    void shared_importsOnlyTheJdk() {
        noClasses()
                .that()
                .resideInAPackage("org.onewindow.shared..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("java..", "org.onewindow.shared..")
                .check(classes);
    }

    @Test
    void domainPackages_importNoVertx() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.onewindow.dialogue..",
                        "org.onewindow.process..",
                        "org.onewindow.policy..",
                        "org.onewindow.knowledge..",
                        "org.onewindow.form..",
                        "org.onewindow.understanding..",
                        "org.onewindow.signing..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.vertx..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void onlyHttpAndChannels_seeRoutingTypes() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.onewindow.http..", "org.onewindow.channel..", "org.onewindow")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.vertx.ext.web", "io.vertx.ext.web.handler..")
                .check(classes);
    }

    @Test
    void luceneAndTika_stayInTheirKnowledgePackages() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.onewindow.knowledge..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.apache.lucene..", "org.apache.tika..")
                .check(classes);
    }

    @Test
    void domainPackages_neverImportTheStore() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.onewindow.store..", "org.onewindow")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.onewindow.store..")
                .check(classes);
    }

    @Test
    void channels_neverImportDialogueKnowledgeOrStore() {
        noClasses()
                .that()
                .resideInAPackage("org.onewindow.channel..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.onewindow.dialogue..", "org.onewindow.knowledge..", "org.onewindow.store..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void decisionAndInterpretation_neitherSearchNorStoreNorUseVertx() {
        noClasses()
                .that()
                .resideInAnyPackage("org.onewindow.dialogue..", "org.onewindow.understanding..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.vertx..",
                        "org.onewindow.store..",
                        "org.onewindow.knowledge.index..",
                        "org.onewindow.knowledge.runtime..",
                        "org.onewindow.knowledge.ingest..",
                        "org.onewindow.conversation..")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.onewindow.knowledge.KnowledgeBase")
                .check(classes);
    }

    @Test
    void i18n_dependsOnNothingOfTheAppButShared() {
        // Every package may say things to users, so the catalogue must not lean on any of them.
        noClasses()
                .that()
                .resideInAPackage("org.onewindow.i18n..")
                .should()
                .dependOnClassesThat(resideInAPackage("org.onewindow..")
                        .and(not(resideInAnyPackage("org.onewindow.i18n..", "org.onewindow.shared.."))))
                .check(classes);
    }

    @Test
    void contentCheck_importsNoVertxStoreOrHttp() {
        // The check runs from the command line without a server: Vert.x (Web above all) has no place in it.
        noClasses()
                .that()
                .resideInAPackage("org.onewindow.content..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.vertx..",
                        "org.onewindow.store..",
                        "org.onewindow.http..",
                        "org.onewindow.channel..",
                        "org.onewindow.knowledge.index..",
                        "org.onewindow.knowledge.runtime..")
                .check(classes);
    }

    @Test
    void cluster_isUsedByNothingButTheWiring() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.onewindow", "org.onewindow.cluster..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.onewindow.cluster..")
                .check(classes);
    }

    @Test
    void adaptersAndProviders_areNamedOnlyByTheWiring() {
        // Each is chosen by configuration in one place; the rest of the house sees its interface only.
        for (String adapter : List.of(
                "connector.http",
                "connector.amqp",
                "connector.file",
                "channel.telegram",
                "channel.wechat",
                "channel.webhook",
                "knowledge.runtime")) {
            noClasses()
                    .that()
                    .resideOutsideOfPackages("org.onewindow", "org.onewindow." + adapter + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("org.onewindow." + adapter + "..")
                    .check(classes);
        }
    }

    @Test
    void channelCore_talksToConversationOnlyInServiceConversations() {
        noClasses()
                .that()
                .resideInAPackage("org.onewindow.channel..")
                .and()
                .doNotHaveFullyQualifiedName("org.onewindow.channel.core.ServiceConversations")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.onewindow.conversation..")
                .check(classes);
    }

    @Test
    void channels_signWithSigning_notWithTheConnectors() {
        noClasses()
                .that()
                .resideInAPackage("org.onewindow.channel..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.onewindow.connector..")
                .check(classes);
    }

    @Test
    void knowledgeRuntime_namesNoTikaOrLuceneType() {
        noClasses()
                .that()
                .resideInAPackage("org.onewindow.knowledge.runtime..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.apache.lucene..", "org.apache.tika..")
                .check(classes);
    }

    @Test
    void policyAndProcess_shareTheFormKernel_notEachOther() {
        noClasses()
                .that()
                .resideInAPackage("org.onewindow.policy..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.onewindow.process..")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("org.onewindow.process..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.onewindow.policy..")
                .check(classes);
    }

    @Test
    void servicesAndDomain_useNoHttpTypes() {
        // handoff, staff, insight, privacy, conversation: futures from vertx-core, never a request or a router.
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.onewindow.handoff..",
                        "org.onewindow.staff..",
                        "org.onewindow.insight..",
                        "org.onewindow.privacy..",
                        "org.onewindow.conversation..",
                        "org.onewindow.connector")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.vertx.ext..", "io.vertx.core.http..", "io.netty.handler.codec.http..")
                .check(classes);
    }

    @Test
    void packages_haveNoDependencyCycles() {
        slices().matching("org.onewindow.(**)").should().beFreeOfCycles().check(classes);
    }
}
