package org.onewindow.channel.core;

import static org.onewindow.testing.Await.await;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.HttpException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.onewindow.channel.ChannelConversations;
import org.onewindow.channel.InputChannel;
import org.onewindow.codec.Json;
import org.onewindow.conversation.ConversationEvents;
import org.onewindow.conversation.ConversationService;
import org.onewindow.conversation.SubmissionRouting;
import org.onewindow.dialogue.Dialogue;
import org.onewindow.knowledge.embed.BgeEmbedder;
import org.onewindow.process.ProcessCatalogHolder;
import org.onewindow.process.ProcessRunner;
import org.onewindow.process.WorkingDayCalendar;
import org.onewindow.shared.ApiException;
import org.onewindow.store.SqlChannelStore;
import org.onewindow.store.SqlConversationStore;
import org.onewindow.store.SqlDatabase;
import org.onewindow.store.SqlOutboxStore;
import org.onewindow.testing.MutableClock;
import org.onewindow.testing.ShippedDepartments;

/**
 * The real conversation service as {@code OneWindow} builds it (SQLite store, the repository's
 * processes and calendar; a stub knowledge base instead of Lucene and Tika), a channel gateway
 * over it, and channel routes served on a free port.
 */
public final class ChannelFixture implements AutoCloseable {

    public final Vertx vertx;
    public final SqlDatabase database;
    public final SqlChannelStore store;
    public final ConversationService service;
    public final ConversationEvents events;
    public final ChannelConversations conversations;
    public final MutableClock clock;
    public final ChannelGateway gateway;
    private HttpServer server;

    private ChannelFixture(
            Vertx vertx,
            SqlDatabase database,
            SqlChannelStore store,
            ConversationService service,
            ConversationEvents events,
            ChannelConversations conversations,
            MutableClock clock,
            ChannelGateway gateway) {
        this.vertx = vertx;
        this.database = database;
        this.store = store;
        this.service = service;
        this.events = events;
        this.conversations = conversations;
        this.clock = clock;
        this.gateway = gateway;
    }

    public static ChannelFixture start(Vertx vertx, Path dir) throws Exception {
        return start(vertx, dir, c -> c, 20, 600);
    }

    /** {@code wrap} may slow down or observe the conversations the gateway sees. */
    public static ChannelFixture start(
            Vertx vertx, Path dir, UnaryOperator<ChannelConversations> wrap, int perUser, int perChannel)
            throws Exception {
        SqlDatabase database = SqlDatabase.open(vertx, "jdbc:sqlite:" + dir.resolve("channels.db"));
        org.onewindow.connector.ConnectorRegistry registry = new org.onewindow.connector.config.ConnectorConfigLoader(
                        List.of(), dir, Map.of())
                .load(dir.resolve("no-connectors"));
        SqlOutboxStore outbox = new SqlOutboxStore(database, registry, Clock.systemUTC());
        SqlConversationStore conversationStore = new SqlConversationStore(database, outbox);
        ProcessCatalogHolder processes =
                ProcessCatalogHolder.load(Path.of("knowledge-base/processes"), ShippedDepartments.FILE);
        WorkingDayCalendar calendar = WorkingDayCalendar.load(Path.of("knowledge-base/calendar"));
        org.onewindow.policy.IncentiveCatalogHolder incentives =
                org.onewindow.policy.IncentiveCatalogHolder.load(Path.of("knowledge-base/incentives"));
        Dialogue dialogue = new Dialogue(
                processes::current,
                processes::departments,
                new ProcessRunner(calendar, processes::departments, Clock.systemUTC()),
                new org.onewindow.dialogue.OfficeHours(
                        calendar, org.onewindow.dialogue.OfficeHours.parse("09:00-12:00,13:30-17:30")),
                Clock.systemUTC(),
                new org.onewindow.policy.EligibilityDialogue(incentives::current, Clock.systemUTC()),
                BgeEmbedder.shared());
        ConversationEvents events = new ConversationEvents(vertx.eventBus());
        ConversationService service = new ConversationService(
                vertx,
                conversationStore,
                dialogue,
                new StubKnowledge(),
                Clock.systemUTC(),
                events,
                nanos -> {},
                2000,
                new SubmissionRouting() {
                    @Override
                    public List<String> targetsFor(String processId) {
                        return List.of();
                    }

                    @Override
                    public void submitted() {}
                },
                new org.onewindow.store.SqlProfileStore(database));
        SqlChannelStore store = new SqlChannelStore(database);
        MutableClock clock = new MutableClock(Instant.now());
        ChannelConversations conversations = wrap.apply(new ServiceConversations(
                service,
                vertx,
                new org.onewindow.conversation.FileStorage(
                        dir.resolve("files"), org.onewindow.shared.DocumentInspector.NONE)));
        ChannelGateway gateway =
                new ChannelGateway(vertx, conversations, store, new RateLimits(clock, perUser, perChannel), clock);
        return new ChannelFixture(vertx, database, store, service, events, conversations, clock, gateway);
    }

    /** Serves {@code channels} on a free port (with the API's JSON errors); the port. */
    public int listen(List<InputChannel> channels) throws Exception {
        Router router = Router.router(vertx);
        router.route().failureHandler(ctx -> {
            Throwable failure = ctx.failure();
            int status = failure instanceof ApiException api
                    ? api.status()
                    : failure instanceof HttpException http
                            ? http.getStatusCode()
                            : ctx.statusCode() > 0 ? ctx.statusCode() : 500;
            String code = failure instanceof ApiException api ? api.code() : "error_" + status;
            if (!ctx.response().ended()) {
                ctx.response()
                        .setStatusCode(status)
                        .putHeader("Content-Type", "application/json")
                        .end(Json.write(Map.of(
                                "error",
                                Map.of(
                                        "code",
                                        code,
                                        "message",
                                        String.valueOf(failure == null ? status : failure.getMessage())))));
            }
        });
        channels.forEach(c -> c.mount(router));
        server = await(vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1"));
        await(gateway.start());
        return server.actualPort();
    }

    @Override
    public void close() throws Exception {
        await(gateway.stop());
        if (server != null) {
            await(server.close());
        }
        database.close();
    }
}
