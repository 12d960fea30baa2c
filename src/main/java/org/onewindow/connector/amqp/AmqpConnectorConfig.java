package org.onewindow.connector.amqp;

import org.onewindow.connector.Settings;

/**
 * The {@code amqp:} section: {@code host} (default 127.0.0.1), {@code port} (5672, or 5671 with
 * {@code tls: true}), {@code virtual-host} (/), {@code username} (guest), {@code password-env}
 * (the environment variable holding the password; guest when absent), {@code exchange} (required;
 * "" is the default exchange), {@code routing-key} (required).
 */
public record AmqpConnectorConfig(
        String host,
        int port,
        String virtualHost,
        String username,
        String password,
        boolean tls,
        String exchange,
        String routingKey) {

    public static AmqpConnectorConfig from(Settings amqp) {
        boolean tls = amqp.bool("tls", false);
        String password = amqp.has("password-env") ? amqp.fromEnv("password-env") : "guest";
        if (!amqp.has("exchange")) {
            throw amqp.error("exchange", "is required (\"\" for the default exchange)");
        }
        return new AmqpConnectorConfig(
                amqp.optionalString("host", "127.0.0.1"),
                amqp.integer("port", tls ? 5671 : 5672, 1, 65_535),
                amqp.optionalString("virtual-host", "/"),
                amqp.optionalString("username", "guest"),
                password,
                tls,
                amqp.optionalString("exchange", ""),
                amqp.string("routing-key"));
    }
}
