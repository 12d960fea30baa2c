package org.onewindow.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds {@link AppConfig} from, in rising precedence: built-in defaults, a YAML file
 * ({@code --config FILE}), environment variables ({@code ONEWINDOW_PORT}, …) and command-line
 * flags ({@code --port 8080} or {@code --port=8080}). Every key has one name used in all three
 * places: {@code data-dir} in YAML and flags is {@code ONEWINDOW_DATA_DIR} in the environment.
 */
public final class ConfigLoader {

    /** Every key this service understands. */
    public static final List<String> KEYS = List.of(
            "host",
            "port",
            "data-dir",
            "knowledge-base",
            "connectors",
            "database-url",
            "max-body-bytes",
            "max-text-length",
            "allowed-origins",
            "identity-secret",
            "staff-file",
            "office-hours",
            "wechat-token",
            "wechat-app-id",
            "wechat-app-secret",
            "wechat-api-base",
            "wechat-encoding-aes-key",
            "telegram-bot-token",
            "telegram-secret-token",
            "telegram-api-base",
            "webhook-channel-secret",
            "webhook-channel-callback-url",
            "files-dir",
            "cluster",
            "cluster-host",
            "cluster-port",
            "cluster-members",
            "retention-days",
            "client-openings-per-minute",
            "client-messages-per-minute",
            "delivery-lease-seconds",
            "client-timeout-seconds",
            "log-format");

    private ConfigLoader() {}

    /** Parses flags ({@code args}) and the environment; throws {@link ConfigException} naming the bad key. */
    public static AppConfig load(List<String> args, Map<String, String> env) {
        Map<String, String> flags = parseFlags(args);
        Map<String, String> values = new LinkedHashMap<>();
        String configFile = flags.remove("config");
        if (configFile == null) {
            configFile = env.get("ONEWINDOW_CONFIG");
        }
        if (configFile != null) {
            values.putAll(readYaml(Path.of(configFile)));
        }
        for (String key : KEYS) {
            String fromEnv = env.get(envName(key));
            if (fromEnv != null && !fromEnv.isBlank()) {
                values.put(key, fromEnv);
            }
        }
        values.putAll(flags);
        return build(values);
    }

    /** {@code data-dir} → {@code ONEWINDOW_DATA_DIR}. */
    public static String envName(String key) {
        return "ONEWINDOW_" + key.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static Map<String, String> parseFlags(List<String> args) {
        Map<String, String> flags = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                throw new ConfigException("unexpected argument '" + arg + "' (flags look like --port 8080)");
            }
            String name = arg.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new ConfigException("--" + name + ": a value is missing");
            }
            if (!name.equals("config") && !KEYS.contains(name)) {
                throw new ConfigException(
                        "--" + name + ": unknown flag (known: --config, --" + String.join(", --", KEYS) + ")");
            }
            flags.put(name, value);
        }
        return flags;
    }

    private static Map<String, String> readYaml(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("--config: file not found: " + file);
        }
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw new ConfigException(file + ": not valid YAML: " + firstLine(e.getMessage()));
        }
        Map<String, String> values = new LinkedHashMap<>();
        if (root == null || root.isMissingNode() || root.isNull()) {
            return values;
        }
        if (!root.isObject()) {
            throw new ConfigException(file + ": expected a mapping of keys to values at the top");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!KEYS.contains(e.getKey())) {
                throw new ConfigException(
                        file + ": unknown key '" + e.getKey() + "' (known: " + String.join(", ", KEYS) + ")");
            }
            JsonNode v = e.getValue();
            if (v.isArray()) {
                List<String> items = new ArrayList<>();
                v.forEach(item -> items.add(item.asText()));
                values.put(e.getKey(), String.join(",", items));
            } else if (v.isContainerNode()) {
                throw new ConfigException(file + ": key '" + e.getKey() + "' expects a single value");
            } else {
                values.put(e.getKey(), v.asText());
            }
        }
        return values;
    }

    private static AppConfig build(Map<String, String> v) {
        Path dataDir = Path.of(v.getOrDefault("data-dir", "data"));
        String databaseUrl = v.getOrDefault("database-url", AppConfig.embeddedDatabaseUrl(dataDir));
        if (!databaseUrl.startsWith("jdbc:sqlite:") && !databaseUrl.startsWith("jdbc:postgresql:")) {
            throw new ConfigException(
                    "database-url: expected a JDBC URL starting with jdbc:sqlite: or jdbc:postgresql:, got '"
                            + databaseUrl + "'");
        }
        List<String> origins = Arrays.stream(
                        v.getOrDefault("allowed-origins", "*").split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
        return new AppConfig(
                v.getOrDefault("host", "0.0.0.0"),
                intValue(v, "port", 8080, 0, 65535),
                dataDir,
                Path.of(v.getOrDefault("knowledge-base", "knowledge-base")),
                Path.of(v.getOrDefault("connectors", "connectors")),
                databaseUrl,
                intValue(v, "max-body-bytes", 64 * 1024, 1024, 64 * 1024 * 1024),
                intValue(v, "max-text-length", 4000, 1, 1_000_000),
                origins,
                v.getOrDefault("identity-secret", ""),
                v.containsKey("staff-file") ? Path.of(v.get("staff-file")) : dataDir.resolve("staff.yaml"),
                officeHours(v.getOrDefault("office-hours", "09:00-12:00,13:30-17:30")),
                new AppConfig.Channels(
                        v.getOrDefault("wechat-token", ""),
                        v.getOrDefault("wechat-app-id", ""),
                        v.getOrDefault("wechat-app-secret", ""),
                        v.getOrDefault("wechat-api-base", "https://api.weixin.qq.com"),
                        wechatEncodingAesKey(v),
                        v.getOrDefault("telegram-bot-token", ""),
                        v.getOrDefault("telegram-secret-token", ""),
                        v.getOrDefault("telegram-api-base", "https://api.telegram.org"),
                        webhookSecret(v.getOrDefault("webhook-channel-secret", "")),
                        v.getOrDefault("webhook-channel-callback-url", "")),
                v.containsKey("files-dir") ? Path.of(v.get("files-dir")) : dataDir.resolve("files"),
                cluster(v),
                intValue(v, "retention-days", 1095, 0, 36500),
                // Generous for people (and for an evaluation asking hundreds of questions), a wall for a flood.
                new AppConfig.ClientLimits(
                        intValue(v, "client-openings-per-minute", 600, 1, Integer.MAX_VALUE),
                        intValue(v, "client-messages-per-minute", 1200, 1, Integer.MAX_VALUE)),
                intValue(
                        v,
                        "delivery-lease-seconds",
                        30,
                        3,
                        3600), // the outbox relay renews its claims every third of it
                intValue(v, "client-timeout-seconds", 30, 2, 3600),
                logFormat(v.getOrDefault("log-format", "text")));
    }

    private static AppConfig.LogFormat logFormat(String raw) {
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "text" -> AppConfig.LogFormat.TEXT;
            case "json" -> AppConfig.LogFormat.JSON;
            default -> throw new ConfigException("log-format: expected text or json, got '" + raw + "'");
        };
    }

    private static AppConfig.Cluster cluster(Map<String, String> v) {
        String flag = v.getOrDefault("cluster", "false").trim().toLowerCase(Locale.ROOT);
        if (!flag.equals("true") && !flag.equals("false")) {
            throw new ConfigException("cluster: expected true or false, got '" + v.get("cluster") + "'");
        }
        boolean enabled = flag.equals("true");
        String host = v.getOrDefault("cluster-host", "").trim();
        if (enabled && host.isEmpty()) {
            throw new ConfigException(
                    "cluster-host: required with cluster true (the address the other nodes reach this one at)");
        }
        int port = intValue(v, "cluster-port", 5701, 1, 65535);
        List<String> members = Arrays.stream(
                        v.getOrDefault("cluster-members", "").split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
        for (String member : members) {
            int colon = member.lastIndexOf(':');
            if (colon <= 0 || !member.substring(colon + 1).matches("\\d{1,5}")) {
                throw new ConfigException("cluster-members: expected host:port,host:port, got '" + member + "'");
            }
        }
        return new AppConfig.Cluster(enabled, host.isEmpty() ? "127.0.0.1" : host, port, members);
    }

    /** Empty (plain mode), or WeChat's 43-character EncodingAESKey, which needs the app id to decrypt. */
    private static String wechatEncodingAesKey(Map<String, String> v) {
        String key = v.getOrDefault("wechat-encoding-aes-key", "").trim();
        if (key.isEmpty()) {
            return key;
        }
        if (!key.matches("[A-Za-z0-9+/]{43}")) {
            throw new ConfigException("wechat-encoding-aes-key: expected the 43-character EncodingAESKey of the WeChat"
                    + " console (letters and digits), got " + key.length() + " characters");
        }
        if (v.getOrDefault("wechat-app-id", "").isBlank()) {
            throw new ConfigException(
                    "wechat-app-id: required with wechat-encoding-aes-key (encrypted messages end with it)");
        }
        return key;
    }

    private static String webhookSecret(String secret) {
        if (!secret.isEmpty() && !secret.startsWith("whsec_")) {
            throw new ConfigException("webhook-channel-secret: expected the Standard Webhooks format whsec_<base64>");
        }
        return secret;
    }

    private static String officeHours(String spec) {
        String periods = "\\s*\\d{2}:\\d{2}\\s*-\\s*\\d{2}:\\d{2}\\s*(,\\s*\\d{2}:\\d{2}\\s*-\\s*\\d{2}:\\d{2}\\s*)*";
        boolean general = false;
        for (String part : spec.split(";")) {
            String p = part.trim();
            int eq = p.indexOf('=');
            boolean ok = eq < 0
                    ? p.matches(periods)
                    : p.substring(0, eq).trim().matches("[a-z0-9-]+")
                            && p.substring(eq + 1).matches(periods);
            general |= eq < 0;
            if (!ok) {
                throw new ConfigException("office-hours: expected periods like 09:00-12:00,13:30-17:30 and optional"
                        + " department=periods after ';', got '" + spec + "'");
            }
        }
        if (!general) {
            throw new ConfigException("office-hours: the general periods are missing (e.g. 09:00-12:00,13:30-17:30)");
        }
        return spec;
    }

    private static int intValue(Map<String, String> v, String key, int dflt, int min, int max) {
        String raw = v.get(key);
        if (raw == null) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(raw.trim());
            if (n < min || n > max) {
                throw new ConfigException(key + ": expected an integer from " + min + " to " + max + ", got " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ConfigException(key + ": expected an integer from " + min + " to " + max + ", got '" + raw + "'");
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
