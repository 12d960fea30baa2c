package org.onewindow;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.micrometer.Label;
import io.vertx.micrometer.MetricsDomain;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.onewindow.cluster.ClusteredVertx;
import org.onewindow.config.AppConfig;
import org.onewindow.config.ConfigLoader;
import org.onewindow.http.HttpApi;
import org.onewindow.knowledge.KnowledgeHealth;
import org.onewindow.metrics.NodeMeters;
import org.onewindow.metrics.ServiceMetrics;
import org.onewindow.staff.Argon2PasswordHasher;
import org.onewindow.staff.PasswordHasher;
import org.onewindow.staff.StaffCommand;
import org.onewindow.store.SqlDatabase;
import org.onewindow.store.SqlStaffStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running OneWindow node: Vert.x with metrics and the modules of the service, started in order
 * (each after the ones it uses) and stopped in reverse. Used by {@link Main} and by tests.
 */
public final class OneWindow {

    private static final Logger LOG = LoggerFactory.getLogger(OneWindow.class);
    private static final Duration AWAIT = Duration.ofSeconds(60);
    /** The first start on a large knowledge base indexes it all, which takes minutes. */
    private static final Duration START = Duration.ofMinutes(30);

    private static final Duration DRAIN = Duration.ofSeconds(10);

    private final Vertx vertx;
    private final Modules modules;
    private final ConversationsModule conversations;
    private final int port;
    private final String loaded;

    private OneWindow(Vertx vertx, Modules modules, ConversationsModule conversations, int port, String loaded) {
        this.vertx = vertx;
        this.modules = modules;
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
        PrometheusMeterRegistry registry = NodeMeters.registry();
        VertxOptions options = new VertxOptions().setMetricsOptions(vertxMetrics());
        Vertx vertx = config.cluster().enabled()
                ? await(ClusteredVertx.build(options, new MicrometerMetricsFactory(registry), config.cluster()), AWAIT)
                : Vertx.builder()
                        .with(options)
                        .withMetrics(new MicrometerMetricsFactory(registry))
                        .build();
        ServiceMetrics metrics = new ServiceMetrics(registry);

        StoreModule store = new StoreModule(vertx, config);
        ConnectorsModule connectors = new ConnectorsModule(vertx, config, env, store, clock);
        ProcessesModule processes = new ProcessesModule(vertx, config);
        KnowledgeModule knowledge = new KnowledgeModule(vertx, config, clock, processes, store, metrics, registry);
        ConversationsModule conversations =
                new ConversationsModule(vertx, config, clock, store, connectors, processes, knowledge, metrics);
        ChannelsModule channels = new ChannelsModule(vertx, config.channels(), clock, store, conversations);
        StaffModule staff = new StaffModule(vertx, config, env, clock, hasher, store);
        PrivacyModule privacy = new PrivacyModule(vertx, config, clock, store, conversations);
        HandoffModule handoff = new HandoffModule(vertx, clock, store, connectors, conversations, metrics);
        HttpModule http = new HttpModule(
                vertx,
                config,
                clock,
                () -> new HttpApi(
                        staff.api(),
                        conversations.api(),
                        knowledge.api(),
                        new HttpApi.Ops(
                                List.of(
                                        conversations.storeHealth(),
                                        knowledge.health(),
                                        conversations.connectorsHealth()),
                                registry),
                        handoff.api(),
                        conversations.connectorsApi(),
                        new HttpApi.Dashboard(store.dashboards(), processes.processes()::current),
                        new HttpApi.Feedback(
                                store.feedback(),
                                conversations.conversations(),
                                knowledge.knowledge(),
                                config.knowledgeBase(),
                                store.audit()),
                        privacy.api(),
                        new HttpApi.Messages(processes.processes()::departments),
                        channels.inputs()));
        ContentReloadsModule reloads =
                new ContentReloadsModule(vertx, config, clock, processes, knowledge, store, conversations, metrics);
        Modules modules = new Modules(List.of(
                store,
                connectors,
                processes,
                knowledge,
                conversations,
                channels,
                staff,
                privacy,
                handoff,
                http,
                reloads));
        try {
            await(modules.start(), START);
        } catch (Exception e) {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            throw e;
        }
        return new OneWindow(vertx, modules, conversations, http.port(), loaded(knowledge, processes, connectors));
    }

    /** What Vert.x reports into the registry. */
    private static MicrometerMetricsOptions vertxMetrics() {
        return new MicrometerMetricsOptions()
                .setEnabled(true)
                // The route template ("/api/v1/conversations/:id/messages"), never the raw path, so ids add no series.
                .addLabels(Label.HTTP_ROUTE, Label.HTTP_METHOD, Label.HTTP_CODE)
                // Every turn publishes on the event bus; counting those messages cost more than they tell.
                .addDisabledMetricsCategory(MetricsDomain.EVENT_BUS);
    }

    /** The start-up line's account of what was loaded. Blocking (reads the index's figures). */
    private static String loaded(KnowledgeModule knowledge, ProcessesModule processes, ConnectorsModule connectors) {
        KnowledgeHealth health = knowledge.knowledge().health();
        return String.format(
                Locale.ROOT,
                "%d knowledge documents (%d failed, %d passages), %d processes, %d connectors, calendar %s",
                health.documentsIndexed(),
                health.documentsFailed(),
                health.passages(),
                processes.processes().current().all().size(),
                connectors.registry().all().size(),
                processes.calendar().years().stream()
                        .map(y -> String.valueOf(y.year()))
                        .collect(Collectors.joining(",")));
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

    /** Lets running turns finish, stops the modules in reverse order, then closes Vert.x. */
    public void stop() throws Exception {
        try {
            await(conversations.conversations().drain(DRAIN).eventually(modules::stop));
        } finally {
            await(vertx.close());
            LOG.info("OneWindow stopped");
        }
    }

    static <T> T await(Future<T> future) throws Exception {
        return await(future, AWAIT);
    }

    /** Waits for {@code future} (in {@code main} or a test's set-up, never on an event loop), failing with its cause. */
    private static <T> T await(Future<T> future, Duration timeout) throws Exception {
        try {
            return future.toCompletionStage().toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Short description of what was loaded, for the start-up line. */
    String describe(AppConfig config) {
        return loaded + "; data " + config.dataDir().toAbsolutePath() + ", database " + config.databaseUrl()
                + (config.cluster().enabled()
                        ? ", cluster member " + config.cluster().host() + ":"
                                + config.cluster().port()
                        : "");
    }
}
