package org.onewindow;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.onewindow.cluster.CacheInvalidation;
import org.onewindow.config.AppConfig;
import org.onewindow.connector.ConnectorCallbacks;
import org.onewindow.connector.DeliveryAdmin;
import org.onewindow.connector.OutboxRelay;
import org.onewindow.conversation.ConversationEvents;
import org.onewindow.conversation.ConversationService;
import org.onewindow.conversation.FileStorage;
import org.onewindow.conversation.IdentityVerifier;
import org.onewindow.conversation.SubmissionRouting;
import org.onewindow.conversation.SubmissionStatusUpdates;
import org.onewindow.dialogue.Dialogue;
import org.onewindow.dialogue.OfficeHours;
import org.onewindow.http.ConnectorsHealthCheck;
import org.onewindow.http.FloodGuard;
import org.onewindow.http.HttpApi;
import org.onewindow.http.StoreHealthCheck;
import org.onewindow.knowledge.embed.BgeEmbedder;
import org.onewindow.knowledge.ingest.ParsedDocumentInspector;
import org.onewindow.metrics.ServiceMetrics;
import org.onewindow.policy.EligibilityDialogue;
import org.onewindow.process.ProcessRunner;
import org.onewindow.store.SqlConversationStore;

/**
 * The conversations and the deliveries of their submissions: the conversation service (dialogue,
 * store, uploads) and the outbox relay that hands committed submissions to the approval systems and
 * tells the conversations how they fare. The two need each other, so they start here together.
 */
final class ConversationsModule implements Module {

    private static final Duration RELAY_GRACE = Duration.ofSeconds(10);

    private final Vertx vertx;
    private final AppConfig config;
    private final Clock clock;
    private final StoreModule store;
    private final ConnectorsModule connectors;
    private final ProcessesModule processes;
    private final KnowledgeModule knowledge;
    private final ServiceMetrics metrics;
    // Enterprises' uploads are read through by a parser JVM of their own (started on the first upload), so a
    // hostile one costs at most that JVM and never the knowledge base's parsers.
    private ParsedDocumentInspector uploads;
    private FileStorage files;
    private SqlConversationStore conversationStore;
    private ConversationService conversations;
    private CacheInvalidation cacheInvalidation;
    private OutboxRelay relay;
    private ConnectorCallbacks callbacks;
    private DeliveryAdmin deliveries;

    ConversationsModule(
            Vertx vertx,
            AppConfig config,
            Clock clock,
            StoreModule store,
            ConnectorsModule connectors,
            ProcessesModule processes,
            KnowledgeModule knowledge,
            ServiceMetrics metrics) {
        this.vertx = vertx;
        this.config = config;
        this.clock = clock;
        this.store = store;
        this.connectors = connectors;
        this.processes = processes;
        this.knowledge = knowledge;
        this.metrics = metrics;
    }

    @Override
    public String name() {
        return "conversations";
    }

    @Override
    public Future<Void> start() {
        return vertx.executeBlocking(this::startService)
                .compose(node -> startCacheInvalidation().map(node))
                .compose(this::startRelay);
    }

    /** Blocking: the dialogue's model and the node's name are read from disk. Returns the node's name. */
    private String startService() throws IOException {
        uploads = new ParsedDocumentInspector(2, 256, Duration.ofSeconds(20));
        files = new FileStorage(config.filesDir(), uploads);
        conversationStore = store.conversations(connectors.outbox());
        Dialogue dialogue = new Dialogue(
                processes.processes()::current,
                processes.processes()::departments,
                new ProcessRunner(processes.calendar(), processes.processes()::departments, clock),
                OfficeHours.of(processes.calendar(), config.officeHours()),
                clock,
                new EligibilityDialogue(processes.incentives()::current, clock),
                BgeEmbedder.shared());
        conversations = new ConversationService(
                vertx,
                conversationStore,
                dialogue,
                knowledge.knowledge(),
                clock,
                new ConversationEvents(vertx.eventBus()),
                metrics.turns(),
                config.maxTextLength(),
                new Routing(),
                store.profiles());
        return nodeName(config.dataDir());
    }

    /** Several nodes: a conversation committed on one leaves the others' caches. */
    private Future<Void> startCacheInvalidation() {
        if (!config.cluster().enabled()) {
            return Future.succeededFuture();
        }
        return CacheInvalidation.start(vertx, conversations).map(started -> {
            cacheInvalidation = started;
            return null;
        });
    }

    private Future<Void> startRelay(String node) {
        SubmissionStatusUpdates listener = new SubmissionStatusUpdates(conversations);
        relay = new OutboxRelay(
                vertx,
                connectors.outbox(),
                connectors.registry(),
                clock,
                listener,
                OutboxRelay.Options.of(Duration.ofSeconds(config.deliveryLeaseSeconds()), node));
        relay.observeAttempts(metrics.deliveries(connectors.ids()));
        callbacks = new ConnectorCallbacks(connectors.registry(), connectors.outbox(), clock, listener);
        deliveries = new DeliveryAdmin(connectors.outbox(), connectors.registry(), relay, clock, listener);
        return relay.start();
    }

    @Override
    public Future<Void> stop() {
        Future<Void> relayStopped = relay == null ? Future.succeededFuture() : relay.stop(RELAY_GRACE);
        return relayStopped
                .eventually(() -> cacheInvalidation == null ? Future.succeededFuture() : cacheInvalidation.stop())
                .eventually(() -> uploads == null
                        ? Future.succeededFuture()
                        : vertx.executeBlocking(() -> {
                            uploads.close();
                            return null;
                        }));
    }

    ConversationService conversations() {
        return conversations;
    }

    FileStorage files() {
        return files;
    }

    /** The database's health, read through the conversation store. */
    StoreHealthCheck storeHealth() {
        return new StoreHealthCheck(conversationStore, config.databaseUrl());
    }

    ConnectorsHealthCheck connectorsHealth() {
        return new ConnectorsHealthCheck(deliveries);
    }

    HttpApi.Conversations api() {
        return new HttpApi.Conversations(
                conversations,
                new IdentityVerifier(config.identitySecret(), clock),
                new FloodGuard(clock, config.clientLimits()),
                files,
                config.dataDir().resolve("uploads"),
                processes.incentives()::current);
    }

    HttpApi.Connectors connectorsApi() {
        return new HttpApi.Connectors(callbacks, deliveries, connectors.outbox());
    }

    /** Submissions go to the connectors configured for their process; the relay starts on them at once. */
    private final class Routing implements SubmissionRouting {
        @Override
        public List<String> targetsFor(String processId) {
            return connectors.registry().targetsFor(processId);
        }

        @Override
        public void submitted() {
            relay.wake();
        }
    }

    /**
     * This node's stable name, kept in {@code <data-dir>/node-id} (created at the first start): the
     * outbox claims of its earlier runs are recognised by it and taken back at start.
     */
    private static String nodeName(Path dataDir) throws IOException {
        Path file = dataDir.resolve("node-id");
        if (Files.exists(file)) {
            String name = Files.readString(file).trim();
            if (!name.isEmpty()) {
                return name;
            }
        }
        String name = UUID.randomUUID().toString();
        Files.writeString(file, name + "\n");
        return name;
    }
}
