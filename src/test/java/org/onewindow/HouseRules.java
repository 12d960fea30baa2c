package org.onewindow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The house as a table: every package of {@code org.onewindow}, what it is for, and the only
 * packages it may depend on — of OneWindow (exact packages, not their subpackages) and of its
 * libraries. {@link ArchitectureTest} checks the code against it, fails for a package that is in no
 * row, and for a row whose package is gone. A new package, or a new arrow between two, is added
 * here on purpose; docs/code-layout.md describes the same table.
 *
 * <p>The JDK ({@code java..}) is allowed everywhere; {@code javax} and the JDK's XML packages only
 * where a row names them.
 */
final class HouseRules {

    static final String ROOT = "org.onewindow";

    // Libraries, as ArchUnit package patterns.
    static final String VERTX_CORE = "io.vertx.core..";
    static final String VERTX_WEB = "io.vertx.ext.web..";
    static final String VERTX_WEB_CLIENT = "io.vertx.ext.web.client..";
    static final String JACKSON = "com.fasterxml.jackson..";
    static final String CAFFEINE = "com.github.benmanes.caffeine..";
    static final String SLF4J = "org.slf4j..";
    static final String JCE = "javax.crypto..";
    static final String MICROMETER = "io.micrometer..";

    /** The wiring: the one place that names every adapter, the store and the cluster. */
    static final String EVERYTHING = "*";

    static final List<Room> HOUSE = List.of(
            room("", "wiring only: reads the configuration, builds and runs a node; names every adapter")
                    .uses(EVERYTHING)
                    .libs(VERTX_CORE, "io.vertx.micrometer..", MICROMETER, CAFFEINE, SLF4J),

            // The centre: values and pure domain.
            room("shared", "domain values shared by every package: the JDK only"),
            room("signing", "Standard Webhooks signatures, for connectors and the webhook channel: the JDK only")
                    .libs(JCE),
            room("form", "the form kernel: field types, options, rules and validators")
                    .uses("shared", "i18n"),
            room("config", "AppConfig, parsed and validated once").libs(JACKSON),
            room("codec", "the one Jackson mapping of domain records")
                    .uses("shared")
                    .libs(JACKSON),
            room("i18n", "the message catalogues, which every package may use, so they use none")
                    .uses("shared")
                    .libs(JACKSON),
            room("process", "process definitions, the department registry, the runner, the working-day calendar")
                    .uses("shared", "i18n", "form")
                    .libs(JACKSON),
            room("policy", "incentives, the eligibility evaluator and dialogue, profiles; not process")
                    .uses("shared", "i18n", "form")
                    .libs(JACKSON),
            room("knowledge", "the KnowledgeBase interface, its values, the pure answer composer")
                    .uses("shared", "i18n"),
            room("knowledge.embed", "sentence embeddings").uses("shared").libs(CAFFEINE, "dev.langchain4j.."),
            room("knowledge.index", "everything Lucene, and ICU's transliteration for spelling; never Tika")
                    .uses("shared", "knowledge", "knowledge.embed")
                    .libs("org.apache.lucene..", "com.ibm.icu.text..", CAFFEINE, SLF4J),
            room("knowledge.ingest", "Tika in forked JVMs, front matter, chunking, the watcher; never Lucene")
                    .uses("shared", "knowledge")
                    .libs("org.apache.tika..", JACKSON, SLF4J, "org.xml.sax.."),
            room("knowledge.runtime", "ingest and index wired into a KnowledgeBase; names no Tika or Lucene type")
                    .uses("shared", "knowledge", "knowledge.embed", "knowledge.index", "knowledge.ingest")
                    .libs(CAFFEINE, SLF4J),
            room("understanding", "a message read in its situation into a typed act: no search, no store")
                    .uses("shared", "form", "process", "policy", "knowledge", "knowledge.embed"),
            room("dialogue", "the turn's decision as a pure function: no search, no store")
                    .uses(
                            "shared",
                            "i18n",
                            "form",
                            "process",
                            "policy",
                            "understanding",
                            "knowledge",
                            "knowledge.embed"),
            room("content", "the offline content check: no server, no store")
                    .uses("shared", "process", "policy", "knowledge.ingest")
                    .libs(JACKSON, "com.networknt.schema.."),

            // Services: futures, ports the store implements.
            room("conversation", "the asynchronous orchestrator; declares its ConversationStore")
                    .uses(
                            "shared",
                            "codec",
                            "i18n",
                            "form",
                            "understanding",
                            "dialogue",
                            "process",
                            "policy",
                            "knowledge",
                            "connector")
                    .libs(VERTX_CORE, JACKSON, "com.fasterxml.uuid..", CAFFEINE, SLF4J, JCE),
            room("connector", "the Connector interface, registry, outbox relay, callbacks; never its adapters")
                    .uses("shared", "signing")
                    .libs(VERTX_CORE, SLF4J),
            room("connector.config", "connectors/*.yaml into ConnectorSpecs; never a concrete adapter")
                    .uses("connector", "signing")
                    .libs(VERTX_CORE, JACKSON),
            room("connector.http", "the http adapter")
                    .uses("connector", "signing")
                    .libs(VERTX_CORE, VERTX_WEB_CLIENT),
            room("connector.amqp", "the amqp adapter")
                    .uses("connector", "signing")
                    .libs(VERTX_CORE, "com.rabbitmq.client..", SLF4J, "javax.net.ssl.."),
            room("connector.file", "the file adapter").uses("connector").libs(VERTX_CORE),
            room("handoff", "queues, claims, office hours, the relay to staff; no HTTP types")
                    .uses("shared", "i18n", "dialogue", "conversation", "staff")
                    .libs(VERTX_CORE, SLF4J),
            room("staff", "staff accounts, sessions, roles, the audit log; no HTTP types")
                    .uses("shared")
                    .libs(VERTX_CORE, JACKSON, "org.springframework.security.crypto..", SLF4J),
            room("insight", "dashboard figures and FAQ drafts from corrections; never the store")
                    .uses("shared")
                    .libs(VERTX_CORE, JACKSON),
            room("privacy", "export and erasure of an enterprise's personal data, the retention period")
                    .uses("shared")
                    .libs(VERTX_CORE, SLF4J),

            // The edge: transport, storage, operations.
            room("channel", "the messaging channels' interfaces")
                    .uses("shared", "codec")
                    .libs(VERTX_CORE, VERTX_WEB),
            room("channel.core", "what every channel shares; conversation in ServiceConversations only")
                    .uses("shared", "codec", "i18n", "channel", "conversation")
                    .libs(VERTX_CORE, JACKSON, CAFFEINE, SLF4J),
            room("channel.telegram", "the Telegram channel")
                    .uses("shared", "channel", "channel.core")
                    .libs(VERTX_CORE, VERTX_WEB, SLF4J),
            room("channel.wechat", "the WeChat channel")
                    .uses("shared", "channel", "channel.core")
                    .libs(VERTX_CORE, VERTX_WEB, SLF4J, CAFFEINE, JCE, "javax.xml..", "org.w3c.dom..", "org.xml.sax.."),
            room("channel.webhook", "the generic webhook channel; signs with signing, not with connector")
                    .uses("shared", "signing", "channel", "channel.core")
                    .libs(VERTX_CORE, VERTX_WEB, SLF4J),
            room("store", "the SQL implementations of the stores the domain packages declare")
                    .uses(
                            "shared",
                            "codec",
                            "channel",
                            "connector",
                            "conversation",
                            "dialogue",
                            "handoff",
                            "insight",
                            "policy",
                            "privacy",
                            "staff")
                    .libs(
                            VERTX_CORE,
                            JACKSON,
                            "com.zaxxer.hikari..",
                            "javax.sql..",
                            "org.flywaydb..",
                            "org.sqlite..",
                            SLF4J),
            room("cluster", "the clustered Vert.x (Hazelcast) and cluster-wide eviction; used by the wiring only")
                    .uses("config", "conversation")
                    .libs(VERTX_CORE, "io.vertx.spi.cluster.hazelcast..", "com.hazelcast.."),
            room("http", "the HTTP verticle and the …Routes classes: vertx-web and what it mounts")
                    .uses(
                            "shared",
                            "codec",
                            "config",
                            "i18n",
                            "logging",
                            "form",
                            "process",
                            "policy",
                            "knowledge",
                            "dialogue",
                            "conversation",
                            "connector",
                            "handoff",
                            "staff",
                            "insight",
                            "privacy",
                            "channel")
                    .libs(
                            VERTX_CORE,
                            VERTX_WEB,
                            "io.netty.handler.codec..",
                            "io.micrometer.prometheusmetrics..",
                            CAFFEINE,
                            SLF4J),
            room("logging", "the log layout and the request id in the MDC; nothing of the domain")
                    .uses("config")
                    .libs(VERTX_CORE, "ch.qos.logback..", SLF4J),
            room("metrics", "the service's Prometheus series")
                    .uses("knowledge", "conversation", "connector", "handoff")
                    .libs(VERTX_CORE, MICROMETER, SLF4J));

    private HouseRules() {}

    static Room room(String name, String what) {
        return new Room(name, what, List.of(), List.of());
    }

    /**
     * One package: {@code name} relative to {@code org.onewindow} ("" for the root), what lives
     * there, the OneWindow packages it may use (relative names) and the library patterns.
     */
    record Room(String name, String what, List<String> uses, List<String> libs) {
        Room {
            Objects.requireNonNull(name, "name");
            uses = List.copyOf(uses);
            libs = List.copyOf(libs);
        }

        Room uses(String... packages) {
            return new Room(name, what, Arrays.asList(packages), libs);
        }

        Room libs(String... patterns) {
            return new Room(name, what, uses, Arrays.asList(patterns));
        }

        String packageName() {
            return qualified(name);
        }

        /** The ArchUnit package patterns this package's classes may depend on. */
        String[] allowed() {
            List<String> all = new ArrayList<>();
            all.add("java..");
            all.add(packageName());
            for (String u : uses) {
                all.add(EVERYTHING.equals(u) ? ROOT + ".." : qualified(u));
            }
            all.addAll(libs);
            return all.toArray(String[]::new);
        }

        static String qualified(String relative) {
            return relative.isEmpty() ? ROOT : ROOT + "." + relative;
        }
    }
}
