package org.onewindow;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.vertx.micrometer.Label;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MetricsDomain;
import io.vertx.micrometer.MicrometerMetricsOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.onewindow.cluster.CacheInvalidation;
import org.onewindow.cluster.ClusteredVertx;
import org.onewindow.config.AppConfig;
import org.onewindow.content.ContentCheck;
import org.onewindow.content.Problem;
import org.onewindow.conversation.ConversationEvents;
import org.onewindow.connector.ConnectorCallbacks;
import org.onewindow.connector.ConnectorRegistry;
import org.onewindow.connector.DeliveryAdmin;
import org.onewindow.connector.OutboxRelay;
import org.onewindow.connector.SubmissionStatusListener;
import org.onewindow.connector.amqp.AmqpConnectorFactory;
import org.onewindow.connector.config.ConnectorConfigLoader;
import org.onewindow.connector.file.FileConnectorFactory;
import org.onewindow.connector.http.HttpConnectorFactory;
import org.onewindow.conversation.ConversationService;
import org.onewindow.conversation.SubmissionRouting;
import org.onewindow.store.SqlOutboxStore;
import java.util.concurrent.atomic.AtomicReference;
import org.onewindow.conversation.FileStorage;
import org.onewindow.conversation.IdentityVerifier;
import org.onewindow.dialogue.Dialogue;
import org.onewindow.dialogue.OfficeHours;
import org.onewindow.dialogue.ProcessDocuments;
import org.onewindow.knowledge.AnswerPolicy;
import org.onewindow.knowledge.KnowledgeBase;
import org.onewindow.knowledge.KnowledgeConfig;
import org.onewindow.knowledge.KnowledgeHealth;
import org.onewindow.knowledge.ingest.ParsedDocumentInspector;
import org.onewindow.knowledge.runtime.LuceneKnowledgeBase;
import org.onewindow.process.ProcessCatalogHolder;
import org.onewindow.process.ProcessRunner;
import org.onewindow.process.WorkingDayCalendar;
import org.onewindow.http.HealthCheck;
import org.onewindow.http.HttpServices;
import org.onewindow.http.FloodGuard;
import org.onewindow.http.HttpVerticle;
import org.onewindow.config.ConfigLoader;
import org.onewindow.staff.Argon2PasswordHasher;
import org.onewindow.staff.PasswordHasher;
import org.onewindow.staff.StaffAuth;
import org.onewindow.staff.StaffAuthPolicy;
import org.onewindow.staff.StaffBootstrap;
import org.onewindow.staff.StaffCommand;
import org.onewindow.store.SqlStaffStore;
import org.onewindow.store.SqlChannelStore;
import org.onewindow.store.SqlDashboardStore;
import org.onewindow.store.SqlPersonalDataStore;
import org.onewindow.store.SqlFeedbackStore;
import org.onewindow.channel.InputChannel;
import org.onewindow.channel.core.ChannelGateway;
import org.onewindow.channel.core.RateLimits;
import org.onewindow.channel.core.ServiceConversations;
import org.onewindow.channel.telegram.TelegramApi;
import org.onewindow.channel.telegram.TelegramChannel;
import org.onewindow.channel.telegram.TelegramConfig;
import org.onewindow.channel.webhook.WebhookChannel;
import org.onewindow.channel.webhook.WebhookChannelConfig;
import org.onewindow.channel.webhook.WebhookOutput;
import org.onewindow.channel.wechat.WeChatApi;
import org.onewindow.channel.wechat.WeChatChannel;
import org.onewindow.channel.wechat.WeChatConfig;
import org.onewindow.store.SqlProfileStore;
import org.onewindow.policy.EligibilityDialogue;
import org.onewindow.policy.IncentiveCatalogHolder;
import org.onewindow.policy.IncentiveCatalog;
import org.onewindow.store.SqlHandoffStore;
import org.onewindow.handoff.HandoffService;
import org.onewindow.shared.HandoffInfo;
import org.onewindow.store.SqlConversationStore;
import org.onewindow.store.SqlDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.onewindow.knowledge.embed.BgeEmbedder;
import org.onewindow.metrics.ServiceMetrics;

/**
 * One running OneWindow node: Vert.x with metrics, the store, the services and the HTTP
 * verticles. The one place that names concrete adapters. Used by {@link Main} and by tests.
 */
public final class OneWindow {

    private static final Logger LOG = LoggerFactory.getLogger(OneWindow.class);
    private static final long STAFF_PURGE_EVERY_MS = 10 * 60 * 1000;
    private static final long RETENTION_EVERY_MS = 60 * 60 * 1000;
    private static final long ASSIGN_EVERY_MS = 30_000;
    /** How often the queue and the outbox are read for the metrics page. */
    private static final Duration METRICS_REFRESH = Duration.ofSeconds(15);

    private final Vertx vertx;
    private final SqlDatabase database;
    private final KnowledgeBase knowledge;
    private final ConversationService conversations;
    private final OutboxRelay relay;
    private final ChannelGateway gateway;
    private final ConnectorRegistry connectors;
    private final ParsedDocumentInspector uploads;
    private final int port;
    private final String loaded;

    private OneWindow(Vertx vertx, SqlDatabase database, KnowledgeBase knowledge, ConversationService conversations,
                      OutboxRelay relay, ConnectorRegistry connectors, ChannelGateway gateway,
                      ParsedDocumentInspector uploads, int port, String loaded) {
        this.uploads = uploads;
        this.gateway = gateway;
        this.relay = relay;
        this.connectors = connectors;
        this.vertx = vertx;
        this.database = database;
        this.knowledge = knowledge;
        this.conversations = conversations;
        this.port = port;
        this.loaded = loaded;
    }

    /** What the node loaded at start-up, for the start-up line. */
    public String loaded() {
        return loaded;
    }

    /** Starts a node; blocking, for {@code main} and test set-up. */
    public static OneWindow start(AppConfig config, Clock clock) throws Exception {
        return start(config, clock, System.getenv());
    }

    /** Starts a node with {@code env} as its environment (connector secrets are read from it). */
    public static OneWindow start(AppConfig config, Clock clock, Map<String, String> env) throws Exception {
        return start(config, clock, env, Argon2PasswordHasher.production());
    }

    /** Starts a node hashing staff passwords with {@code hasher} (tests use a cheaper one). */
    public static OneWindow start(AppConfig config, Clock clock, Map<String, String> env, PasswordHasher hasher)
            throws Exception {
        PortInUseException.requireFree(config.host(), config.port());
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        configureMeters(registry);
        bindJvmMetrics(registry);
        VertxOptions vertxOptions = new VertxOptions().setMetricsOptions(new MicrometerMetricsOptions().setEnabled(true)
                // The route template ("/api/v1/conversations/:id/messages"), never the raw path, so ids add no series.
                .addLabels(Label.HTTP_ROUTE, Label.HTTP_METHOD, Label.HTTP_CODE)
                // Every turn publishes on the event bus; counting those messages cost more than they tell.
                .addDisabledMetricsCategory(MetricsDomain.EVENT_BUS));
        Vertx vertx = config.cluster().enabled()
                ? await(ClusteredVertx.build(vertxOptions, new MicrometerMetricsFactory(registry), config.cluster()))
                : Vertx.builder().with(vertxOptions).withMetrics(new MicrometerMetricsFactory(registry)).build();
        SqlDatabase database = null;
        LuceneKnowledgeBase knowledge = null;
        ConnectorRegistry connectors = null;
        OutboxRelay relay = null;
        ChannelGateway gateway = null;
        // Enterprises' uploads are read through by a parser JVM of their own (started on the first upload), so a
        // hostile one costs at most that JVM and never the knowledge base's parsers.
        ParsedDocumentInspector uploads = new ParsedDocumentInspector(2, 256, Duration.ofSeconds(20));
        try {
            Files.createDirectories(config.dataDir());
            database = SqlDatabase.open(vertx, config.databaseUrl());
            ConnectorRegistry connectorRegistry = new ConnectorConfigLoader(List.of(new HttpConnectorFactory(vertx),
                    new AmqpConnectorFactory(vertx), new FileConnectorFactory(vertx)), config.dataDir(), env)
                    .load(config.connectors());
            connectors = connectorRegistry;
            List<String> connectorIds = connectorRegistry.all().stream().map(c -> c.spec().id()).toList();
            SqlOutboxStore outbox = new SqlOutboxStore(database, connectorRegistry, clock);
            SqlConversationStore store = new SqlConversationStore(database, outbox);
            AtomicReference<OutboxRelay> relayRef = new AtomicReference<>();
            ServiceMetrics metrics = new ServiceMetrics(registry);
            // The same check as `onewindow check`; at start it only warns (the loaders below still refuse
            // what they cannot load), on a reload it is the gate a change must pass.
            ContentCheck content = new ContentCheck(config.knowledgeBase(), config.connectors());
            content.all().forEach(p -> LOG.warn("content check: {}", p));
            ProcessCatalogHolder processes = ProcessCatalogHolder.load(config.knowledgeBase().resolve("processes"));
            WorkingDayCalendar calendar = WorkingDayCalendar.load(config.knowledgeBase().resolve("calendar"));
            knowledge = LuceneKnowledgeBase.open(KnowledgeConfig.defaults(config.knowledgeBase(),
                    config.dataDir().resolve("index")), AnswerPolicy.defaults(), clock);
            LuceneKnowledgeBase answered = knowledge;
            metrics.knowledge(answered::health);
            answered.observeReloads(applied -> metrics.reloaded("documents", applied));
            answered.checkEdits(file -> content.document(file).stream().map(Problem::toString).toList());
            FunctionCounter.builder("onewindow.knowledge.answer.cache.hits", answered, k -> k.answerCacheStats().hitCount())
                    .description("Questions answered from the answer cache").register(registry);
            FunctionCounter.builder("onewindow.knowledge.answer.cache.misses", answered, k -> k.answerCacheStats().missCount())
                    .description("Questions answered by searching the index").register(registry);
            knowledge.replaceSyntheticDocuments(ProcessDocuments.of(processes.current()));
            IncentiveCatalogHolder incentives = IncentiveCatalogHolder.load(config.knowledgeBase().resolve("incentives"));
            incentives.current().problems().forEach(p -> LOG.warn("incentive not loaded: {}", p.message()));
            SqlProfileStore profiles = new SqlProfileStore(database);
            Dialogue dialogue = new Dialogue(processes::current, new ProcessRunner(calendar, clock),
                    OfficeHours.of(calendar, config.officeHours()), clock,
                    new EligibilityDialogue(incentives::current, clock), BgeEmbedder.shared());
            ConversationService conversations = new ConversationService(vertx, store, dialogue, knowledge, clock,
                    new ConversationEvents(vertx.eventBus()), metrics.turns(),
                    config.maxTextLength(), new SubmissionRouting() {
                        @Override
                        public List<String> targetsFor(String processId) {
                            return connectorRegistry.targetsFor(processId);
                        }

                        @Override
                        public void submitted() {
                            relayRef.get().wake();
                        }
                    }, profiles);
            if (config.cluster().enabled()) {
                await(CacheInvalidation.start(vertx, conversations));
            }
            SubmissionStatusListener listener = (submissionId, version, connectorId, status, comment, corrections) ->
                    conversations.targetStatusChanged(submissionId, connectorId, status, comment,
                                    corrections.stream().map(c -> (Map.Entry<String, String>) new java.util.AbstractMap.SimpleEntry<>(c.field(),
                                            c.reason() == null ? "" : c.reason())).toList())
                            .onFailure(e -> LOG.error("submission {}: the status {} from {} could not be told: {}",
                                    submissionId, status, connectorId, e.toString()));
            relay = new OutboxRelay(vertx, outbox, connectorRegistry, clock, listener, OutboxRelay.Options.of(
                    Duration.ofSeconds(config.deliveryLeaseSeconds()), nodeName(config.dataDir())));
            relayRef.set(relay);
            relay.observeAttempts(metrics.deliveries(connectorIds));
            await(relay.start());
            ConnectorCallbacks callbacks = new ConnectorCallbacks(connectorRegistry, outbox, clock, listener);
            DeliveryAdmin deliveries = new DeliveryAdmin(outbox, connectorRegistry, relay, clock, listener);
            List<HealthCheck> checks = List.of(storeCheck(store, config), knowledgeCheck(vertx, knowledge),
                    healthCheck("connectors", deliveries::health));
            SqlChannelStore channelStore = new SqlChannelStore(database);
            FileStorage files = new FileStorage(config.filesDir(), uploads);
            gateway = new ChannelGateway(vertx, new ServiceConversations(conversations, vertx, files), channelStore,
                    RateLimits.defaults(clock), clock);
            List<InputChannel> channels = channels(vertx, config.channels(), gateway, channelStore, clock);
            await(gateway.start());
            SqlStaffStore staffStore = new SqlStaffStore(database);
            await(StaffBootstrap.run(staffStore, staffStore, hasher, config.staffFile(),
                    env.get(StaffBootstrap.ADMIN_PASSWORD_ENV), clock));
            StaffAuth staffAuth = new StaffAuth(vertx, staffStore, staffStore, hasher, StaffAuthPolicy.defaults(), clock, 2);
            vertx.setPeriodic(STAFF_PURGE_EVERY_MS, id -> staffAuth.purgeExpired()
                    .onFailure(e -> LOG.warn("could not purge ended staff sessions: {}", e.toString())));
            SqlPersonalDataStore personalData = new SqlPersonalDataStore(database);
            // The retention period of personal data, applied every hour (and by an admin on demand).
            java.util.function.Supplier<Future<org.onewindow.privacy.PersonalDataStore.Erasure>> retention = () ->
                    personalData.purgeBefore(clock.millis() - Duration.ofDays(config.retentionDays()).toMillis())
                            .onSuccess(erasure -> {
                                erasure.conversationIds().forEach(conversations::evict);
                                if (!erasure.conversationIds().isEmpty()) {
                                    LOG.info("retention: removed {} conversations idle for {} days, {} submission payloads",
                                            erasure.conversationIds().size(), config.retentionDays(),
                                            erasure.deleted().get("submissionPayloads"));
                                }
                            });
            vertx.setPeriodic(RETENTION_EVERY_MS, id -> retention.get()
                    .onFailure(e -> LOG.error("retention could not be applied: {}", e.toString())));
            SqlHandoffStore handoffStore = new SqlHandoffStore(database);
            metrics.refreshEvery(vertx, METRICS_REFRESH, handoffStore, outbox, () -> connectorIds, clock);
            HandoffService handoffService = new HandoffService(handoffStore, conversations, clock);
            // Auto-assignment to available staff: whenever someone is queued, and every half minute for
            // those left waiting (no one was available then, or a console's presence lapsed).
            vertx.eventBus().<io.vertx.core.json.JsonObject>consumer(ConversationEvents.QUEUE_ADDRESS, m -> {
                if (HandoffInfo.QUEUED.equals(m.body().getString("status"))) {
                    handoffService.assignWaiting().onFailure(e -> LOG.warn("auto-assignment failed: {}", e.toString()));
                }
            });
            vertx.setPeriodic(ASSIGN_EVERY_MS, id -> handoffService.assignWaiting()
                    .onFailure(e -> LOG.warn("auto-assignment failed: {}", e.toString())));
            HttpServices services = new HttpServices(config, conversations,
                    new IdentityVerifier(config.identitySecret(), clock), checks, registry, processes::current, knowledge,
                    files, callbacks, deliveries, outbox,
                    staffAuth, staffStore, staffStore, clock,
                    handoffService, incentives::current, channels,
                    new SqlDashboardStore(database), new SqlFeedbackStore(database), profiles,
                    personalData, retention, new FloodGuard(clock, config.clientLimits()));
            int port = deployHttp(vertx, services, config);
            // Hot reload of the configuration folders: a bad edit keeps the last good version.
            KnowledgeBase searchable = knowledge;
            KnowledgeReloads.watch(vertx, config.knowledgeBase().resolve("processes"), "processes",
                    KnowledgeReloads.checked(content::processes, () -> {
                        processes.reload();
                        searchable.replaceSyntheticDocuments(ProcessDocuments.of(processes.current()));
                        LOG.info("processes reloaded: {}", processes.current().all().size());
                    }), applied -> metrics.reloaded("processes", applied));
            KnowledgeReloads.watch(vertx, config.knowledgeBase().resolve("incentives"), "incentives",
                    KnowledgeReloads.checked(content::incentives, () -> {
                        IncentiveCatalog before = incentives.current();
                        IncentiveCatalog after = incentives.reload();
                        after.problems().forEach(p -> LOG.warn("incentive not loaded: {}", p.message()));
                        LOG.info("incentives reloaded: {}", after.incentives().size());
                        ProactiveIncentives.tell(vertx, profiles, conversations, before, after, clock);
                    }), applied -> metrics.reloaded("incentives", applied));
            KnowledgeHealth health = knowledge.health();
            String loaded = String.format(java.util.Locale.ROOT,
                    "%d knowledge documents (%d failed, %d passages), %d processes, %d connectors, calendar %s",
                    health.documentsIndexed(), health.documentsFailed(), health.passages(),
                    processes.current().all().size(), connectorRegistry.all().size(), calendar.years().stream().map(y -> String.valueOf(y.year()))
                            .collect(java.util.stream.Collectors.joining(",")));
            return new OneWindow(vertx, database, knowledge, conversations, relay, connectorRegistry, gateway, uploads, port,
                    loaded);
        } catch (Exception e) {
            uploads.close();
            if (relay != null) {
                relay.stop(Duration.ofSeconds(5));
            }
            if (connectors != null) {
                connectors.close();
            }
            if (knowledge != null) {
                knowledge.close();
            }
            if (database != null) {
                database.close();
            }
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            throw e;
        }
    }

    /**
     * HTTP response times get a few fixed buckets (per route, method and status: a full histogram
     * would be ~70 series each), so dashboards can draw quantiles. Two series of Micrometer's binders
     * whose names Prometheus' lint refuses are left out; process_cpu_usage and the CPU gauges say the same.
     */
    private static void configureMeters(MeterRegistry registry) {
        registry.config().meterFilter(MeterFilter.deny(id -> id.getName().equals("process.cpu.time")
                || id.getName().equals("system.cpu.count")));
        registry.config().meterFilter(new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals("vertx.http.server.response.time")) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .serviceLevelObjectives(Stream.of(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)
                                .mapToDouble(seconds -> seconds * 1e9).toArray())
                        .build().merge(config);
            }
        });
    }

    /** The JVM's and the process's own series: memory, collections, threads, classes, CPU, uptime, files. */
    private static void bindJvmMetrics(MeterRegistry registry) {
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
        // Registered for the node's lifetime; a test JVM starts few nodes.
        new JvmGcMetrics().bindTo(registry);
    }

    /**
     * Deploys one HTTP verticle per core, sharing one port. Port 0 means a free port, picked here
     * first because Vert.x shares a listening socket between instances only for the same port.
     */
    private static int deployHttp(Vertx vertx, HttpServices services, AppConfig config) throws Exception {
        int port = config.port() == 0 ? freePort(config.host()) : config.port();
        int instances = Math.max(1, Runtime.getRuntime().availableProcessors());
        await(vertx.deployVerticle(() -> new HttpVerticle(services, config.host(), port),
                new DeploymentOptions().setInstances(instances)));
        return port;
    }

    private static int freePort(String host) throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName(host))) {
            return socket.getLocalPort();
        }
    }

    /** The messaging-app channels whose secrets are configured. */
    private static List<InputChannel> channels(Vertx vertx, AppConfig.Channels config, ChannelGateway gateway,
                                               SqlChannelStore store, Clock clock) {
        List<InputChannel> channels = new java.util.ArrayList<>();
        if (!config.wechatToken().isBlank()) {
            WeChatConfig wc = WeChatConfig.of(config.wechatToken(), config.wechatAppId(), config.wechatAppSecret(),
                    config.wechatApiBase(), config.wechatEncodingAesKey());
            WeChatApi api = new WeChatApi(vertx, wc, clock);
            gateway.register(api);
            channels.add(new WeChatChannel(vertx, wc, gateway, api, clock));
        }
        if (!config.telegramBotToken().isBlank()) {
            TelegramConfig tc = new TelegramConfig(config.telegramBotToken(), config.telegramSecretToken(),
                    config.telegramApiBase());
            TelegramApi api = new TelegramApi(vertx, tc, store, clock);
            gateway.register(api);
            channels.add(new TelegramChannel(tc, gateway, api));
        }
        if (!config.webhookSecret().isBlank()) {
            WebhookChannelConfig hc = new WebhookChannelConfig(config.webhookSecret(), config.webhookCallbackUrl());
            WebhookOutput out = new WebhookOutput(vertx, hc, clock);
            gateway.register(out);
            channels.add(new WebhookChannel(hc, gateway, out, clock));
        }
        return channels;
    }

    private static HealthCheck healthCheck(String name, java.util.function.Supplier<Future<Map<String, Object>>> check) {
        return new HealthCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Future<Map<String, Object>> check() {
                return check.get();
            }
        };
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

    private static HealthCheck storeCheck(SqlConversationStore store, AppConfig config) {
        String kind = config.databaseUrl().startsWith("jdbc:sqlite:") ? "sqlite" : "postgresql";
        return new HealthCheck() {
            @Override
            public String name() {
                return "store";
            }

            @Override
            public Future<Map<String, Object>> check() {
                return store.ping().map(v -> Map.of("database", kind));
            }
        };
    }

    private static HealthCheck knowledgeCheck(Vertx vertx, KnowledgeBase knowledge) {
        return new HealthCheck() {
            @Override
            public String name() {
                return "knowledge";
            }

            @Override
            public Future<Map<String, Object>> check() {
                return vertx.executeBlocking(knowledge::health, false).map(health -> {
                    if (!health.usable()) {
                        throw new IllegalStateException("the search index is not usable");
                    }
                    Map<String, Object> details = new java.util.LinkedHashMap<>();
                    details.put("documents", health.documentsIndexed());
                    details.put("passages", health.passages());
                    details.put("passagesWithoutVectors", health.passagesWithoutVectors());
                    details.put("failedDocuments", health.failures());
                    details.put("parsersAlive", health.parsersAlive());
                    return details;
                });
            }
        };
    }

    /** The staff store of the database {@code configArgs} choose, for {@code onewindow staff …}. */
    public static StaffCommand.OpenStore openStaffStore(List<String> configArgs) throws Exception {
        AppConfig config = ConfigLoader.load(configArgs, System.getenv());
        Vertx vertx = Vertx.vertx();
        SqlDatabase database;
        try {
            database = SqlDatabase.open(vertx, config.databaseUrl());
        } catch (RuntimeException e) {
            await(vertx.close());
            throw e;
        }
        SqlStaffStore store = new SqlStaffStore(database);
        return new StaffCommand.OpenStore(store, store, () -> {
            database.close();
            await(vertx.close());
        });
    }

    public int port() {
        return port;
    }

    public Vertx vertx() {
        return vertx;
    }

    /** Stops accepting, lets running turns finish, then closes Vert.x and the store. */
    public void stop() throws Exception {
        try {
            await(conversations.drain(Duration.ofSeconds(10)));
            await(relay.stop(Duration.ofSeconds(10)));
            await(gateway.stop());
            await(connectors.close());
            await(vertx.close());
        } finally {
            uploads.close();
            knowledge.close();
            database.close();
            LOG.info("OneWindow stopped");
        }
    }

    static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    }

    /** Short description of what was loaded, for the start-up line. */
    String describe(AppConfig config) {
        return loaded + "; data " + config.dataDir().toAbsolutePath() + ", database " + config.databaseUrl()
                + (config.cluster().enabled() ? ", cluster member " + config.cluster().host() + ":" + config.cluster().port() : "");
    }
}
