package org.onewindow.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onewindow.testing.ApiClient;
import org.onewindow.testing.ApiClient.Conversation;
import org.onewindow.testing.IntegrationTest;
import org.onewindow.testing.RawHttp;
import org.onewindow.testing.RawHttp.Reply;
import org.onewindow.testing.SampleDocuments;
import org.onewindow.testing.TestServer;

/** Requests no well-behaved client sends get a JSON error of the 4xx family, never a 5xx or an empty body. */
@IntegrationTest
final class MalformedRequestsTest {

    private final TestServer server = TestServer.shared();
    private final ApiClient api = server.api();

    private static final byte[] PDF = SampleDocuments.pdf();

    @Test
    void uploadWithAFiveThousandCharacterFileName_isStoredUnderAShortenedNameKeepingItsExtension() {
        Conversation c = api.createConversation("en");

        ApiClient.Response r = api.upload(c, "a".repeat(5000) + ".pdf", PDF);

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String stored = r.json().getJsonObject("file").getString("name");
        assertThat(stored).hasSizeLessThanOrEqualTo(200).endsWith(".pdf");
    }

    @Test
    void uploadWhosePartHeadersExceedTheLimit_is400JsonAndStoresNothing() {
        Conversation c = api.createConversation("en");

        ApiClient.Response r = api.upload(c, "a".repeat(100_000) + ".pdf", PDF);

        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo("form_field_too_long");
        assertThat(api.history(c).json().getJsonArray("messages")).hasSize(1);
    }

    @Test
    void requestLineLongerThanTheLimit_is414Json() {
        Reply r = RawHttp.exchange(
                server.port(), "GET /api/v1/knowledge/search?q=" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: x\r\n\r\n");

        assertThat(r.status()).isEqualTo(414);
        assertThat(r.header("content-type")).startsWith("application/json");
        assertThat(r.errorCode()).isEqualTo("uri_too_long");
    }

    @Test
    void headersLargerThanTheLimit_are431Json() {
        Reply r = RawHttp.exchange(
                server.port(), "GET /health HTTP/1.1\r\nHost: x\r\nX-Padding: " + "a".repeat(20_000) + "\r\n\r\n");

        assertThat(r.status()).isEqualTo(431);
        assertThat(r.errorCode()).isEqualTo("headers_too_large");
    }

    @Test
    void negativeContentLength_is400Json() {
        Reply r = RawHttp.exchange(
                server.port(),
                "POST /api/v1/conversations HTTP/1.1\r\nHost: x\r\n"
                        + "Content-Type: application/json\r\nContent-Length: -5\r\n\r\n");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo("malformed_request");
    }

    @Test
    void headerNameWithASpace_is400Json() {
        Reply r = RawHttp.exchange(server.port(), "GET /health HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo("malformed_request");
    }

    @Test
    void http11RequestWithoutAHost_is400Json() {
        Reply r = RawHttp.exchange(server.port(), "GET /health HTTP/1.1\r\nConnection: close\r\n\r\n");

        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo("host_required");
    }

    @Test
    void hostWithASpace_is400Json() {
        Reply r = RawHttp.exchange(server.port(), "GET /health HTTP/1.1\r\nHost: a b\r\nConnection: close\r\n\r\n");

        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo("host_required");
    }

    @Test
    void plainTextBodyOnAJsonRoute_is415() {
        Reply r = RawHttp.exchange(
                server.port(),
                "POST /api/v1/conversations HTTP/1.1\r\nHost: x\r\n"
                        + "Content-Type: text/plain\r\nContent-Length: 15\r\nConnection: close\r\n\r\n{\"locale\":\"en\"}");

        assertThat(r.status()).as(r.body()).isEqualTo(415);
        assertThat(r.errorCode()).isEqualTo("unsupported_media_type");
    }

    @Test
    void jsonWithACharsetParameter_isAccepted() {
        Reply r = RawHttp.exchange(
                server.port(),
                "POST /api/v1/conversations HTTP/1.1\r\nHost: x\r\n"
                        + "Content-Type: Application/JSON; charset=utf-8\r\nContent-Length: 15\r\nConnection: close\r\n\r\n{\"locale\":\"en\"}");

        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    @Test
    void wrongMethodOnAKnownPath_is405NamingTheAllowedMethods() {
        Reply r = RawHttp.exchange(
                server.port(), "DELETE /api/v1/conversations HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

        assertThat(r.status()).isEqualTo(405);
        assertThat(r.errorCode()).isEqualTo("method_not_allowed");
        assertThat(r.header("allow")).contains("POST");
    }

    @Test
    void wrongMethodOnAPathWithAParameter_is405NamingItsMethods() {
        Reply r = RawHttp.exchange(
                server.port(),
                "PUT /api/v1/conversations/some-id/messages HTTP/1.1\r\nHost: x\r\n"
                        + "Content-Length: 0\r\nConnection: close\r\n\r\n");

        assertThat(r.status()).isEqualTo(405);
        assertThat(r.header("allow")).contains("GET").contains("POST");
    }

    @Test
    void unknownApiPath_isStill404Json() {
        Reply r = RawHttp.exchange(
                server.port(), "GET /api/v1/no-such-thing HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.errorCode()).isEqualTo("not_found");
    }
}
