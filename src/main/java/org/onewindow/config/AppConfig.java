package org.onewindow.config;

import java.nio.file.Path;
import java.util.List;

/**
 * The whole configuration of one OneWindow node, parsed and validated once at start-up by
 * {@link ConfigLoader}. Defaults are the embedded ones: SQLite under {@code ./data/}.
 */
public record AppConfig(
        String host,
        int port,
        Path dataDir,
        Path knowledgeBase,
        Path connectors,
        String databaseUrl,
        int maxBodyBytes,
        int maxTextLength,
        List<String> allowedOrigins,
        String identitySecret,
        Path staffFile,
        String officeHours,
        Channels channels,
        Path filesDir,
        Cluster cluster,
        int retentionDays,
        ClientLimits clientLimits,
        int deliveryLeaseSeconds,
        int clientTimeoutSeconds,
        LogFormat logFormat) {

    public AppConfig {
        allowedOrigins = List.copyOf(allowedOrigins);
    }

    /** How log lines are written on standard output: readable text, or one JSON object a line for a log shipper. */
    public enum LogFormat {
        TEXT,
        JSON
    }

    /**
     * Joining other nodes with the Hazelcast cluster manager: this node's address and port, and
     * the members to join by TCP/IP ({@code host:port}; no multicast). Off by default.
     */
    public record Cluster(boolean enabled, String host, int port, List<String> members) {
        public Cluster {
            members = List.copyOf(members);
        }

        public static Cluster off() {
            return new Cluster(false, "127.0.0.1", 5701, List.of());
        }
    }

    /**
     * How much one client address may ask of the conversation API: conversations opened and
     * messages (or files) sent per minute, each allowed in a burst of that size.
     */
    public record ClientLimits(int openingsPerMinute, int messagesPerMinute) {}

    /** The messaging-app channels; each is off while its secret is empty. Secrets never appear in {@code toString}. */
    public record Channels(
            String wechatToken,
            String wechatAppId,
            String wechatAppSecret,
            String wechatApiBase,
            String wechatEncodingAesKey,
            String telegramBotToken,
            String telegramSecretToken,
            String telegramApiBase,
            String webhookSecret,
            String webhookCallbackUrl) {
        @Override
        public String toString() {
            return "Channels[wechat=" + !wechatToken.isBlank() + ", wechatEncrypted=" + !wechatEncodingAesKey.isBlank()
                    + ", telegram=" + !telegramBotToken.isBlank()
                    + ", webhook=" + !webhookSecret.isBlank() + "]";
        }
    }

    /** The JDBC URL of the embedded database in {@code dataDir}. */
    public static String embeddedDatabaseUrl(Path dataDir) {
        return "jdbc:sqlite:" + dataDir.resolve("onewindow.db");
    }

    public AppConfig withPort(int newPort) {
        return new AppConfig(
                host,
                newPort,
                dataDir,
                knowledgeBase,
                connectors,
                databaseUrl,
                maxBodyBytes,
                maxTextLength,
                allowedOrigins,
                identitySecret,
                staffFile,
                officeHours,
                channels,
                filesDir,
                cluster,
                retentionDays,
                clientLimits,
                deliveryLeaseSeconds,
                clientTimeoutSeconds,
                logFormat);
    }
}
