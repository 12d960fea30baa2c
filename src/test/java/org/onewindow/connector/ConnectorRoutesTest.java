package org.onewindow.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.testing.Await.await;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.http.ConnectorRoutes;
import org.onewindow.shared.ApiException;
import org.onewindow.signing.WebhookSigner;
import org.onewindow.store.SqlDatabase;
import org.onewindow.store.SqlOutboxStore;
import org.onewindow.testing.MutableClock;

/** Signed status callbacks and the admin delivery endpoints over real HTTP. */
final class ConnectorRoutesTest {

    private static final String OTHER_SECRET =
            "whsec_" + Base64.getEncoder().encodeToString("another-32-byte-secret-for-tests".getBytes());

    @TempDir
    Path dir;

    private Vertx vertx;
    private SqlDatabase db;
    private SqlOutboxStore store;
    private WebClient client;
    private HttpServer server;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T08:00:00Z"));
    private final ConcurrentLinkedQueue<String> told = new ConcurrentLinkedQueue<>();
    private final WebhookSigner tax = WebhookSigner.fromSecret(TestConnectors.SECRET);

    @BeforeEach
    void setUp() throws Exception {
        vertx = Vertx.vertx();
        db = TestDatabases.sqlite(vertx, dir);
        ConnectorSpec taxSpec = TestConnectors.spec("tax", Set.of("start-business"));
        ConnectorSpec housing = new ConnectorSpec(
                "housing-construction",
                "h",
                "test",
                "h.yaml",
                Set.of("start-construction"),
                PayloadMapping.IDENTITY,
                Duration.ofSeconds(5),
                RetryPolicy.DEFAULT,
                CircuitBreaker.Settings.DEFAULT,
                WebhookSigner.fromSecret(OTHER_SECRET),
                taxSpec.adapter());
        ConnectorRegistry registry = TestConnectors.registry(List.of(taxSpec, housing), TestConnectors.recording());
        store = new SqlOutboxStore(db, registry, clock);
        await(db.write(
                store.insertWork(SubmissionVersion.first("s1", "start-business", "c1", "{\"submissionId\":\"s1\"}"))));
        SubmissionStatusListener listener =
                (s, v, c, t, m, k) -> told.add(s + "/" + v + "/" + c + "/" + t + "/" + m + "/" + k);
        OutboxRelay relay = new OutboxRelay(
                vertx, store, registry, clock, listener, OutboxRelay.Options.of(Duration.ofSeconds(30), "test"));
        Router router = Router.router(vertx);
        new ConnectorRoutes(
                        new ConnectorCallbacks(registry, store, clock, listener),
                        new DeliveryAdmin(store, registry, relay, clock, listener),
                        store,
                        ctx -> {
                            if ("yes".equals(ctx.request().getHeader("X-Test-Admin"))) {
                                ctx.next();
                            } else {
                                ctx.fail(new ApiException(401, "unauthorized", "staff login required"));
                            }
                        })
                .mount(router);
        router.route().failureHandler(ctx -> {
            int status = ctx.failure() instanceof ApiException api ? api.status() : 500;
            String code = ctx.failure() instanceof ApiException api ? api.code() : "internal_error";
            ctx.response()
                    .setStatusCode(status)
                    .end(new JsonObject()
                            .put("error", new JsonObject().put("code", code))
                            .encode());
        });
        server = await(vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1"));
        client = WebClient.create(vertx);
    }

    @AfterEach
    void tearDown() {
        db.close();
        vertx.close().await();
    }

    private HttpResponse<Buffer> callback(String connector, WebhookSigner signer, String id, Instant at, String body)
            throws Exception {
        long ts = at.getEpochSecond();
        var request = client.post(server.actualPort(), "127.0.0.1", "/api/v1/connectors/" + connector + "/callbacks")
                .putHeader("Content-Type", "application/json");
        if (signer != null) {
            request.putHeader("webhook-id", id)
                    .putHeader("webhook-timestamp", Long.toString(ts))
                    .putHeader("webhook-signature", signer.sign(id, ts, body));
        }
        return await(request.sendBuffer(Buffer.buffer(body)));
    }

    private static final String CORRECTION = """
            {"submissionId": "s1", "status": "needs_correction", "comment": "营业执照复印件不清晰",
             "corrections": [{"field": "documents.license", "reason": "unreadable"}]}""";

    private TargetStatus taxStatus() throws Exception {
        return await(store.targets("s1")).stream()
                .filter(t -> t.connectorId().equals("tax"))
                .findFirst()
                .orElseThrow()
                .status();
    }

    @Test
    void signedCallback_isApplied_andToldToTheConversation() throws Exception {
        HttpResponse<Buffer> response = callback("tax", tax, "msg-1", clock.instant(), CORRECTION);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(taxStatus()).isEqualTo(TargetStatus.NEEDS_CORRECTION);
        assertThat(told)
                .containsExactly(
                        "s1/1/tax/needs_correction/营业执照复印件不清晰/[Correction[field=documents.license, reason=unreadable]]");
    }

    @Test
    void staleTimestamp_is401_andChangesNothing() throws Exception {
        assertThat(callback("tax", tax, "msg-2", clock.instant().minus(Duration.ofMinutes(6)), CORRECTION)
                        .statusCode())
                .isEqualTo(401);
        assertThat(taxStatus()).isEqualTo(TargetStatus.PENDING);
        assertThat(told).isEmpty();
    }

    @Test
    void replayedMessageId_is401_evenFreshlySigned() throws Exception {
        assertThat(callback("tax", tax, "msg-3", clock.instant(), CORRECTION).statusCode())
                .isEqualTo(200);
        clock.advance(Duration.ofMinutes(1));
        String approved = "{\"submissionId\": \"s1\", \"status\": \"approved\"}";
        assertThat(callback("tax", tax, "msg-3", clock.instant(), approved).statusCode())
                .isEqualTo(401);
        assertThat(taxStatus()).isEqualTo(TargetStatus.NEEDS_CORRECTION);
        assertThat(told).hasSize(1);
    }

    @Test
    void wrongConnector_unknownIs404_otherSecretIs401() throws Exception {
        assertThat(callback("customs", tax, "msg-4", clock.instant(), CORRECTION)
                        .statusCode())
                .isEqualTo(404);
        assertThat(callback("housing-construction", tax, "msg-5", clock.instant(), CORRECTION)
                        .statusCode())
                .isEqualTo(401);
        assertThat(told).isEmpty();
    }

    @Test
    void missingOrWrongSignature_is401() throws Exception {
        assertThat(callback("tax", null, "msg-6", clock.instant(), CORRECTION).statusCode())
                .isEqualTo(401);
        HttpResponse<Buffer> tampered = await(client.post(
                        server.actualPort(), "127.0.0.1", "/api/v1/connectors/tax/callbacks")
                .putHeader("webhook-id", "msg-7")
                .putHeader("webhook-timestamp", Long.toString(clock.instant().getEpochSecond()))
                .putHeader(
                        "webhook-signature", tax.sign("msg-7", clock.instant().getEpochSecond(), CORRECTION))
                .sendBuffer(Buffer.buffer(CORRECTION.replace("needs_correction", "approved"))));
        assertThat(tampered.statusCode()).isEqualTo(401);
        assertThat(taxStatus()).isEqualTo(TargetStatus.PENDING);
    }

    @Test
    void unknownSubmission_is404_andMalformedBody_is400() throws Exception {
        assertThat(callback("tax", tax, "msg-8", clock.instant(), CORRECTION.replace("\"s1\"", "\"s404\""))
                        .statusCode())
                .isEqualTo(404);
        assertThat(callback("tax", tax, "msg-9", clock.instant(), "{\"submissionId\": \"s1\", \"status\": \"done\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(callback("tax", tax, "msg-10", clock.instant(), "not json").statusCode())
                .isEqualTo(400);
        // The refused message id was not remembered: the same id with a valid body is accepted.
        assertThat(callback("tax", tax, "msg-8", clock.instant(), CORRECTION).statusCode())
                .isEqualTo(200);
    }

    @Test
    void admin_listDetailCancelRetry_behindTheGuard() throws Exception {
        int port = server.actualPort();
        assertThat(await(client.get(port, "127.0.0.1", "/api/v1/admin/deliveries")
                                .send())
                        .statusCode())
                .isEqualTo(401);
        HttpResponse<Buffer> list =
                await(client.get(port, "127.0.0.1", "/api/v1/admin/deliveries?state=pending&connector=tax")
                        .putHeader("X-Test-Admin", "yes")
                        .send());
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.bodyAsJsonObject().getJsonArray("deliveries")).hasSize(1);
        String id = list.bodyAsJsonObject()
                .getJsonArray("deliveries")
                .getJsonObject(0)
                .getString("id");
        assertThat(id).isEqualTo("s1.v1.tax");
        HttpResponse<Buffer> detail = await(client.get(port, "127.0.0.1", "/api/v1/admin/deliveries/" + id)
                .putHeader("X-Test-Admin", "yes")
                .send());
        assertThat(detail.bodyAsJsonObject().getJsonObject("delivery").getString("state"))
                .isEqualTo("pending");
        assertThat(await(client.post(port, "127.0.0.1", "/api/v1/admin/deliveries/" + id + "/retry")
                                .putHeader("X-Test-Admin", "yes")
                                .send())
                        .statusCode())
                .isEqualTo(409);
        HttpResponse<Buffer> cancelled =
                await(client.post(port, "127.0.0.1", "/api/v1/admin/deliveries/" + id + "/cancel")
                        .putHeader("X-Test-Admin", "yes")
                        .send());
        assertThat(cancelled.bodyAsJsonObject().getString("state")).isEqualTo("cancelled");
        HttpResponse<Buffer> retried = await(client.post(port, "127.0.0.1", "/api/v1/admin/deliveries/" + id + "/retry")
                .putHeader("X-Test-Admin", "yes")
                .send());
        assertThat(retried.bodyAsJsonObject().getString("state")).isEqualTo("pending");
        assertThat(told).containsExactly("s1/1/tax/failed/cancelled by staff/[]", "s1/1/tax/pending/null/[]");
        assertThat(await(client.get(port, "127.0.0.1", "/api/v1/admin/deliveries/nope")
                                .putHeader("X-Test-Admin", "yes")
                                .send())
                        .statusCode())
                .isEqualTo(404);
        HttpResponse<Buffer> targets = await(client.get(port, "127.0.0.1", "/api/v1/admin/submissions/s1/targets")
                .putHeader("X-Test-Admin", "yes")
                .send());
        assertThat(targets.bodyAsJsonObject().getString("status")).isEqualTo("submitted");
        assertThat(await(client.get(port, "127.0.0.1", "/api/v1/admin/deliveries?state=bogus")
                                .putHeader("X-Test-Admin", "yes")
                                .send())
                        .statusCode())
                .isEqualTo(400);
    }
}
