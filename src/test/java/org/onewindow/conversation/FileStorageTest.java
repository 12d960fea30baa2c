package org.onewindow.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.shared.ApiException;
import org.onewindow.shared.DocumentInspector;
import org.onewindow.shared.FileAttachment;
import org.onewindow.shared.Lang;

final class FileStorageTest {

    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    @Test
    void store_pdf_isKeptUnderTheConversationWithItsHash() throws Exception {
        Path upload = Files.write(dir.resolve("upload-1"), PDF);
        String conversation = UUID.randomUUID().toString();

        FileAttachment file = new FileStorage(dir.resolve("files"), DocumentInspector.NONE)
                .store(conversation, upload, "C:\\\\docs\\\\lease.pdf", Lang.EN);

        assertThat(file.name()).isEqualTo("lease.pdf");
        assertThat(file.sha256()).hasSize(64);
        assertThat(Files.readAllBytes(
                        new FileStorage(dir.resolve("files"), DocumentInspector.NONE).path(conversation, file.id())))
                .isEqualTo(PDF);
        assertThat(upload).doesNotExist();
    }

    @Test
    void storeReceivedBytes_keepsThemLikeAnUpload_andLeavesNoTemporaryFile() throws Exception {
        FileStorage files = new FileStorage(dir.resolve("files"), DocumentInspector.NONE);
        String conversation = UUID.randomUUID().toString();

        FileAttachment file = files.store(conversation, PDF, "lease.pdf", Lang.EN);

        assertThat(Files.readAllBytes(files.path(conversation, file.id()))).isEqualTo(PDF);
        try (var left = Files.list(dir.resolve("files"))) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly(conversation);
        }
    }

    @Test
    void storeReceivedBytes_overTheLimitOrNotWhatTheNameSays_isRefusedAndStoresNothing() throws Exception {
        FileStorage files = new FileStorage(dir.resolve("files"), DocumentInspector.NONE);
        String conversation = UUID.randomUUID().toString();

        assertThatThrownBy(
                        () -> files.store(conversation, new byte[(int) FileStorage.MAX_BYTES + 1], "scan.pdf", Lang.EN))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(413));
        assertThatThrownBy(() -> files.store(conversation, PDF, "photo.jpg", Lang.EN))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("file_content_mismatch"));
        try (var left = Files.list(dir.resolve("files"))) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void store_intoAFolderOnAnotherFileSystem_copiesThenRenames() throws Exception {
        Path shm = Path.of("/dev/shm");
        Path shared = Files.createTempDirectory(Files.isDirectory(shm) ? shm : dir, "onewindow-files-");
        Path upload = Files.write(dir.resolve("upload-2"), PDF);
        String conversation = UUID.randomUUID().toString();

        FileAttachment file =
                new FileStorage(shared, DocumentInspector.NONE).store(conversation, upload, "lease.pdf", Lang.EN);

        assertThat(Files.readAllBytes(new FileStorage(shared, DocumentInspector.NONE).path(conversation, file.id())))
                .isEqualTo(PDF);
        assertThat(Files.list(shared.resolve(conversation))
                        .map(p -> p.getFileName().toString()))
                .noneMatch(name -> name.endsWith(".partial"));
    }

    @Test
    void store_exeRenamedToPdf_isRefusedAndNotKept() throws Exception {
        Path upload = Files.write(dir.resolve("upload-3"), "MZ...".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> new FileStorage(dir.resolve("files"), DocumentInspector.NONE)
                        .store(UUID.randomUUID().toString(), upload, "x.pdf", Lang.EN))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining(".pdf");
        assertThat(dir.resolve("files")).doesNotExist();
    }
}
