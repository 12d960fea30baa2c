package org.onewindow;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.content.ContentCheck;
import org.onewindow.process.ProcessCatalogHolder;
import org.onewindow.shared.Lang;
import org.onewindow.testing.Folders;
import org.onewindow.testing.IntegrationTest;

/**
 * The server's hot reload of processes (and of the department registry, whose names they use) runs
 * the content check first: an edit the check rejects (here an unknown department id, which the
 * process loader alone would take, or a name without its Chinese) leaves the last good version in
 * service; the corrected edit is taken in.
 */
@IntegrationTest
final class ContentReloadTest {

    @TempDir
    Path tmp;

    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void close() {
        vertx.close().await();
    }

    @Test
    void reload_editThatFailsTheCheck_keepsTheLastGoodVersionUntilFixed() throws Exception {
        Path kb = Folders.copy(Path.of("knowledge-base"), tmp.resolve("knowledge-base"));
        Path processesDir = kb.resolve("processes");
        ProcessCatalogHolder processes = ProcessCatalogHolder.load(processesDir, kb.resolve("departments.yaml"));
        ContentCheck check = new ContentCheck(kb, null);
        BlockingQueue<Boolean> applied = new LinkedBlockingQueue<>();
        KnowledgeReloads.watch(
                vertx,
                processesDir,
                "processes",
                KnowledgeReloads.checked(check::processes, processes::reload),
                applied::add);
        Path file = processesDir.resolve("start-business.yaml");
        String good = Files.readString(file);

        Files.writeString(
                file,
                good.replace("title: {en: \"Start a business\"", "title: {en: \"Open a company\"")
                        .replace("  - tax\n", "  - tax-bureau\n"));

        assertThat(applied.poll(10, TimeUnit.SECONDS))
                .as("the broken edit was refused")
                .isFalse();
        assertThat(processes.current().byId("start-business").orElseThrow().title(Lang.EN))
                .isEqualTo("Start a business");

        Files.writeString(file, good.replace("title: {en: \"Start a business\"", "title: {en: \"Open a company\""));

        assertThat(applied.poll(10, TimeUnit.SECONDS))
                .as("the corrected edit was taken in")
                .isTrue();
        assertThat(processes.current().byId("start-business").orElseThrow().title(Lang.EN))
                .isEqualTo("Open a company");
    }

    @Test
    void reload_renamedDepartmentInTheRegistry_isTheNameInServiceOnceTheCheckPasses() throws Exception {
        Path kb = Folders.copy(Path.of("knowledge-base"), tmp.resolve("knowledge-base"));
        Path registry = kb.resolve("departments.yaml");
        ProcessCatalogHolder processes = ProcessCatalogHolder.load(kb.resolve("processes"), registry);
        ContentCheck check = new ContentCheck(kb, null);
        BlockingQueue<Boolean> applied = new LinkedBlockingQueue<>();
        KnowledgeReloads.watch(
                vertx,
                registry,
                "departments",
                KnowledgeReloads.checked(check::processes, processes::reload),
                applied::add);
        String good = Files.readString(registry);

        Files.writeString(registry, good.replace("{en: \"Tax Bureau\", zh: \"税务局\"}", "{en: \"Tax Bureau\"}"));

        assertThat(applied.poll(10, TimeUnit.SECONDS))
                .as("the broken edit was refused")
                .isFalse();
        assertThat(processes.departments().name("tax", Lang.EN)).isEqualTo("Tax Bureau");

        Files.writeString(registry, good.replace("\"Tax Bureau\"", "\"Taxation Bureau\""));

        assertThat(applied.poll(10, TimeUnit.SECONDS))
                .as("the corrected edit was taken in")
                .isTrue();
        assertThat(processes.departments().name("tax", Lang.EN)).isEqualTo("Taxation Bureau");
    }
}
