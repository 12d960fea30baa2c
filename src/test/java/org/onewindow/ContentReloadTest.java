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
 * The server's hot reload of processes runs the content check first: an edit the check rejects
 * (here an unknown department id, which the process loader alone would take) leaves the last good
 * version in service; the corrected edit is taken in.
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
        ProcessCatalogHolder processes = ProcessCatalogHolder.load(processesDir);
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
                        .replace("{id: tax, name:", "{id: tax-bureau, name:"));

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
}
