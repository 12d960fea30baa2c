package org.onewindow.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onewindow.testing.ApiClient;
import org.onewindow.testing.ApiClient.Conversation;
import org.onewindow.testing.ApiClient.Response;
import org.onewindow.testing.IntegrationTest;
import org.onewindow.testing.SampleDocuments;
import org.onewindow.testing.TestServer;

@IntegrationTest
final class FileUploadTest {

    private static final byte[] PDF = SampleDocuments.pdf();

    private final ApiClient api = TestServer.shared().api();

    @Test
    void upload_outsideAProcess_isStoredAsAFileMessageOfTheConversation() {
        Conversation c = api.createConversation("en");

        Response r = api.upload(c, "lease.pdf", PDF);

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonObject file = r.json().getJsonObject("file");
        assertThat(file.getString("name")).isEqualTo("lease.pdf");
        assertThat(file.getString("contentType")).isEqualTo("application/pdf");
        assertThat(file.getLong("size")).isEqualTo(PDF.length);
        JsonObject userMessage = r.json().getJsonArray("messages").getJsonObject(0);
        assertThat(userMessage.getString("type")).isEqualTo("file");
        assertThat(userMessage.getJsonObject("file").getString("id")).isEqualTo(file.getString("id"));
    }

    @Test
    void upload_asTheAnswerOfAFileField_isAcceptedAndTheProcessMovesOn() {
        Conversation c = api.createConversation("en");
        Response r = api.press(c, "process:start:start-business");
        Map<String, String> answers = Map.of(
                "companyName",
                "Hunan Xingchen Technology Co. Ltd",
                "companyType",
                "LLC",
                "registeredCapital",
                "5 million yuan",
                "businessScope",
                "Software development",
                "address",
                "88 Lugu Avenue, Yuelu District, Changsha",
                "foreignInvested",
                "no",
                "legalRepName",
                "Zhang Wei",
                "legalRepId",
                "11010519491231002X",
                "contactPhone",
                "13807310000",
                "email",
                "zhang.wei@example.com");
        for (int turn = 0; turn < 30; turn++) {
            JsonObject process = r.json().getJsonObject("state").getJsonObject("process");
            JsonArray messages = r.json().getJsonArray("messages");
            JsonArray quick = messages.getJsonObject(messages.size() - 1).getJsonArray("quickReplies");
            if (quick != null
                    && quick.stream()
                            .anyMatch(q -> ((JsonObject) q).getString("action").equals("process:privacy-accept"))) {
                r = api.press(c, "process:privacy-accept");
                continue;
            }
            JsonObject field = process.getJsonObject("field");
            if (field != null && field.getString("type").equals("file")) {
                Response uploaded = api.upload(c, "lease.pdf", PDF);
                assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
                JsonObject after = uploaded.json().getJsonObject("state").getJsonObject("process");
                JsonObject nextField = after.getJsonObject("field");
                String nextName = nextField == null ? null : nextField.getString("name");
                assertThat(nextName).isNotEqualTo(field.getString("name"));
                return;
            }
            r = api.say(c, answers.get(field.getString("name")));
        }
        throw new AssertionError("the file field was never asked");
    }

    @Test
    void upload_contentNotMatchingItsExtension_is400AndStoresNothing() {
        Conversation c = api.createConversation("en");

        Response r = api.upload(c, "lease.pdf", "MZ this is an executable".getBytes(StandardCharsets.US_ASCII));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo("file_content_mismatch");
        assertThat(api.history(c).json().getJsonArray("messages")).hasSize(1);
    }

    @Test
    void upload_unsupportedType_is415() {
        Conversation c = api.createConversation("en");

        Response r = api.upload(c, "setup.exe", "MZ".getBytes(StandardCharsets.US_ASCII));

        assertThat(r.status()).isEqualTo(415);
        assertThat(r.errorCode()).isEqualTo("unsupported_file_type");
    }

    @Test
    void upload_withAnotherConversationsToken_is403() {
        Conversation mine = api.createConversation("en");
        Conversation other = api.createConversation("en");

        Response r = api.upload(new Conversation(mine.id(), other.token(), null), "lease.pdf", PDF);

        assertThat(r.status()).isEqualTo(403);
    }
}
