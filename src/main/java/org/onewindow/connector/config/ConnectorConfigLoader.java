package org.onewindow.connector.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.onewindow.connector.CircuitBreaker;
import org.onewindow.connector.Connector;
import org.onewindow.connector.ConnectorConfigException;
import org.onewindow.connector.ConnectorFactory;
import org.onewindow.connector.ConnectorRegistry;
import org.onewindow.connector.ConnectorSpec;
import org.onewindow.connector.PayloadMapping;
import org.onewindow.connector.RetryPolicy;
import org.onewindow.connector.Settings;
import org.onewindow.signing.WebhookSigner;

/**
 * Loads every {@code *.yaml} / {@code *.yml} file of the connectors directory, one connector per
 * file (files whose whole content is commented out are skipped: they are examples). In string
 * values {@code ${data-dir}} is the data directory; relative paths resolve against it. The
 * signing secret comes from {@code ONEWINDOW_CONNECTOR_<ID>_SECRET}, never from the file.
 */
public final class ConnectorConfigLoader {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final Set<String> KEYS = Set.of(
            "id",
            "department",
            "type",
            "processes",
            "mapping",
            "timeout",
            "retry",
            "circuit-breaker",
            "http",
            "amqp",
            "file",
            "enabled");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Map<String, ConnectorFactory> factories = new LinkedHashMap<>();
    private final Path dataDir;
    private final Map<String, String> env;

    public ConnectorConfigLoader(List<ConnectorFactory> factories, Path dataDir, Map<String, String> env) {
        factories.forEach(f -> this.factories.put(f.type(), f));
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.env = Map.copyOf(env);
    }

    /** Loads the directory (none configured when it does not exist) and builds the registry. Blocking. */
    public ConnectorRegistry load(Path directory) {
        List<ConnectorRegistry.Entry> entries = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return new ConnectorRegistry(entries);
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(directory)) {
            files = list.filter(
                            p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new ConnectorConfigException(directory + ": cannot list the connectors directory: " + e.getMessage());
        }
        List<ConnectorSpec> specs = new ArrayList<>();
        for (Path file : files) {
            ConnectorSpec spec = parse(file);
            if (spec != null) {
                specs.add(spec);
            }
        }
        Set<String> ids = new HashSet<>();
        for (ConnectorSpec spec : specs) {
            if (!ids.add(spec.id())) {
                throw ConnectorConfigException.at(
                        spec.file(), "id", "\"" + spec.id() + "\" is used by another file too");
            }
        }
        for (ConnectorSpec spec : specs) {
            Connector connector = factories.get(spec.type()).create(spec);
            entries.add(new ConnectorRegistry.Entry(spec, connector));
        }
        return new ConnectorRegistry(entries);
    }

    /** Parses one file; {@code null} when it holds no configuration or says {@code enabled: false}. */
    public ConnectorSpec parse(Path file) {
        String name = file.toString();
        Object tree;
        try {
            String text = Files.readString(file);
            tree = text.isBlank() ? null : YAML.readValue(text, Object.class);
        } catch (IOException e) {
            throw new ConnectorConfigException(name + ": not valid YAML: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        if (tree == null) {
            return null;
        }
        if (!(tree instanceof Map<?, ?> map)) {
            throw new ConnectorConfigException(name + ": must be a mapping of keys (id, department, type, …)");
        }
        JsonObject json = substitute(new JsonObject(cast(map)));
        Settings root = new Settings(name, "", json, dataDir, env);
        for (String key : json.fieldNames()) {
            if (!KEYS.contains(key)) {
                throw root.error(key, "unknown key (expected one of " + new java.util.TreeSet<>(KEYS) + ")");
            }
        }
        if (!root.bool("enabled", true)) {
            return null;
        }
        String id = root.string("id");
        if (!ID.matcher(id).matches()) {
            throw root.error("id", "must be lower-case letters, digits and dashes, was \"" + id + "\"");
        }
        String type = root.string("type");
        ConnectorFactory factory = factories.get(type);
        if (factory == null) {
            throw root.error(
                    "type", "unknown adapter type \"" + type + "\" (expected one of " + factories.keySet() + ")");
        }
        if (!root.has(type)) {
            throw root.error(type, "is required for type " + type);
        }
        for (String other : factories.keySet()) {
            if (!other.equals(type) && root.has(other)) {
                throw root.error(other, "does not belong in a connector of type " + type);
            }
        }
        List<String> processes = root.strings("processes");
        if (processes.isEmpty()) {
            throw root.error("processes", "must list at least one process id");
        }
        Duration timeout = root.duration("timeout", Duration.ofSeconds(10));
        RetryPolicy retry = retry(root.section("retry"));
        CircuitBreaker.Settings breaker = breaker(root.section("circuit-breaker"));
        String variable = ConnectorSpec.secretVariable(id);
        String secret = env.get(variable);
        WebhookSigner signer = null;
        if (secret != null && !secret.isBlank()) {
            try {
                signer = WebhookSigner.fromSecret(secret.trim());
            } catch (IllegalArgumentException e) {
                throw new ConnectorConfigException(
                        name + ": secret (environment variable " + variable + "): " + e.getMessage());
            }
        } else if (factory.needsSecret()) {
            throw new ConnectorConfigException(name + ": secret: set the environment variable " + variable
                    + " to the connector's signing secret (whsec_<base64>); secrets are never written in the file");
        }
        return new ConnectorSpec(
                id,
                root.optionalString("department", id),
                type,
                name,
                Set.copyOf(processes),
                PayloadMapping.from(root.section("mapping")),
                timeout,
                retry,
                breaker,
                signer,
                root.section(type));
    }

    private static RetryPolicy retry(Settings retry) {
        RetryPolicy d = RetryPolicy.DEFAULT;
        try {
            return new RetryPolicy(
                    retry.duration("initial-delay", d.initialDelay()),
                    retry.duration("max-delay", d.maxDelay()),
                    retry.decimal("multiplier", d.multiplier()),
                    retry.decimal("jitter", d.jitter()),
                    retry.integer("max-attempts", d.maxAttempts(), 1, 1_000_000),
                    retry.duration("max-age", d.maxAge()));
        } catch (IllegalArgumentException e) {
            throw new ConnectorConfigException(retry.file() + ": retry: " + e.getMessage());
        }
    }

    private static CircuitBreaker.Settings breaker(Settings breaker) {
        CircuitBreaker.Settings d = CircuitBreaker.Settings.DEFAULT;
        try {
            return new CircuitBreaker.Settings(
                    breaker.integer("failures", d.failureThreshold(), 1, 1_000_000),
                    breaker.duration("open-for", d.openFor()),
                    breaker.duration("max-open-for", d.maxOpenFor()));
        } catch (IllegalArgumentException e) {
            throw new ConnectorConfigException(breaker.file() + ": circuit-breaker: " + e.getMessage());
        }
    }

    private JsonObject substitute(JsonObject json) {
        String dir = dataDir.toString();
        JsonObject out = new JsonObject();
        json.forEach(e -> out.put(e.getKey(), substituteValue(e.getValue(), dir)));
        return out;
    }

    private Object substituteValue(Object value, String dir) {
        if (value instanceof String s) {
            return s.replace("${data-dir}", dir);
        }
        if (value instanceof JsonObject o) {
            return substitute(o);
        }
        if (value instanceof io.vertx.core.json.JsonArray a) {
            io.vertx.core.json.JsonArray out = new io.vertx.core.json.JsonArray();
            a.forEach(item -> out.add(substituteValue(item, dir)));
            return out;
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
