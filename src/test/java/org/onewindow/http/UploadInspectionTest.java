package org.onewindow.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.testing.ApiClient;
import org.onewindow.testing.ApiClient.Conversation;
import org.onewindow.testing.ApiClient.Response;
import org.onewindow.testing.HostileFiles;
import org.onewindow.testing.IntegrationTest;
import org.onewindow.testing.TestServer;

/**
 * An upload is read through by a parser in a JVM of its own before it is kept: what cannot be reviewed safely is
 * refused with a reason in the conversation's language, and nothing is stored.
 */
@IntegrationTest
final class UploadInspectionTest {

    private final ApiClient api = TestServer.shared().api();

    @TempDir
    Path dir;

    private Response refusedAndNothingStored(Conversation c, String name, byte[] content) {
        Response r = api.upload(c, name, content);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(api.history(c).json().getJsonArray("messages"))
                .as("nothing stored")
                .hasSize(1);
        return r;
    }

    @Test
    void passwordProtectedPdf_isRefusedAsEncrypted() throws Exception {
        Conversation c = api.createConversation("en");

        Response r = refusedAndNothingStored(c, "salaries.pdf", HostileFiles.encryptedPdf());

        assertThat(r.errorCode()).isEqualTo("file_encrypted");
        assertThat(r.json().getJsonObject("error").getString("message")).contains("password");
    }

    @Test
    void refusal_isExplainedInTheConversationsLanguage() throws Exception {
        Conversation c = api.createConversation("zh");

        Response r = refusedAndNothingStored(c, "工资表.pdf", HostileFiles.encryptedPdf());

        assertThat(r.json().getJsonObject("error").getString("message")).contains("密码");
    }

    @Test
    void damagedPdf_isRefusedAsUnreadable() {
        Conversation c = api.createConversation("en");

        assertThat(refusedAndNothingStored(c, "lease.pdf", HostileFiles.corruptPdf())
                        .errorCode())
                .isEqualTo("file_unreadable");
    }

    @Test
    void zipBombDocx_isRefusedAsSuspicious() throws Exception {
        Conversation c = api.createConversation("en");
        Path bomb = dir.resolve("bomb.docx");
        HostileFiles.zipBombDocx(bomb);

        assertThat(refusedAndNothingStored(c, "report.docx", Files.readAllBytes(bomb))
                        .errorCode())
                .isEqualTo("file_suspicious");
    }

    @Test
    void docxDeclaringAnExternalEntity_isRefusedAndTheEntityIsNeverRead() throws Exception {
        Conversation c = api.createConversation("en");
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");

        Response r = refusedAndNothingStored(c, "report.docx", HostileFiles.externalEntityDocx(secret));

        assertThat(r.errorCode()).isIn("file_suspicious", "file_unreadable");
        assertThat(r.body()).doesNotContain("TOP-SECRET-CONTENT");
    }

    @Test
    void macroEnabledDocumentUnderADocxName_isRefused() throws Exception {
        Conversation c = api.createConversation("en");

        assertThat(refusedAndNothingStored(c, "invoice.docx", HostileFiles.macroEnabledDocx())
                        .errorCode())
                .isEqualTo("file_has_macros");
    }

    @Test
    void zipArchiveUnderADocxName_isRefusedAsMismatching() throws Exception {
        Conversation c = api.createConversation("en");

        Response r = refusedAndNothingStored(c, "report.docx", HostileFiles.plainZip());

        assertThat(r.errorCode()).isEqualTo("file_content_mismatch");
        assertThat(r.json().getJsonObject("error").getString("message")).contains(".docx");
    }

    @Test
    void ordinaryDocx_isKept() throws Exception {
        Conversation c = api.createConversation("en");

        Response r = api.upload(c, "report.docx", HostileFiles.plainDocx("Completion report of building 3"));

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonObject file = r.json().getJsonObject("file");
        assertThat(file.getString("contentType"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void ordinaryPdf_isKept() {
        Conversation c = api.createConversation("en");
        byte[] pdf =
                ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
                                + "trailer << /Root 1 0 R >>\n%%EOF\n")
                        .getBytes(StandardCharsets.US_ASCII);

        Response r = api.upload(c, "lease.pdf", pdf);

        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }
}
