package org.onewindow.connector;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A section of a connector's configuration file with typed getters whose errors name the file
 * and the full key ({@code connectors/tax.yaml: http.url: is required}). Relative paths resolve
 * against the data directory.
 */
public final class Settings {

    private final String file;
    private final String prefix;
    private final JsonObject json;
    private final Path dataDir;
    private final Map<String, String> env;

    public Settings(String file, String prefix, JsonObject json, Path dataDir, Map<String, String> env) {
        this.file = file;
        this.prefix = prefix;
        this.json = json == null ? new JsonObject() : json;
        this.dataDir = dataDir;
        this.env = Map.copyOf(env);
    }

    public String file() {
        return file;
    }

    public Path dataDir() {
        return dataDir;
    }

    public JsonObject json() {
        return json;
    }

    public String key(String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }

    public ConnectorConfigException error(String name, String problem) {
        return ConnectorConfigException.at(file, key(name), problem);
    }

    public boolean has(String name) {
        return json.getValue(name) != null;
    }

    /** A sub-section; an empty one when absent. */
    public Settings section(String name) {
        Object value = json.getValue(name);
        if (value != null && !(value instanceof JsonObject)) {
            throw error(name, "must be a mapping");
        }
        return new Settings(file, key(name), (JsonObject) value, dataDir, env);
    }

    public String string(String name) {
        String value = optionalString(name, null);
        if (value == null || value.isBlank()) {
            throw error(name, "is required");
        }
        return value;
    }

    public String optionalString(String name, String dflt) {
        Object value = json.getValue(name);
        if (value == null) {
            return dflt;
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        throw error(name, "must be a string");
    }

    public int integer(String name, int dflt, int min, int max) {
        Object value = json.getValue(name);
        if (value == null) {
            return dflt;
        }
        if (!(value instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())) {
            throw error(name, "must be an integer");
        }
        int i = number.intValue();
        if (i < min || i > max) {
            throw error(name, "must be between " + min + " and " + max + ", was " + i);
        }
        return i;
    }

    public double decimal(String name, double dflt) {
        Object value = json.getValue(name);
        if (value == null) {
            return dflt;
        }
        if (!(value instanceof Number number)) {
            throw error(name, "must be a number");
        }
        return number.doubleValue();
    }

    public boolean bool(String name, boolean dflt) {
        Object value = json.getValue(name);
        if (value == null) {
            return dflt;
        }
        if (!(value instanceof Boolean b)) {
            throw error(name, "must be true or false");
        }
        return b;
    }

    /** A duration written {@code 500ms}, {@code 10s}, {@code 30m}, {@code 72h}, {@code 7d} or ISO-8601. */
    public Duration duration(String name, Duration dflt) {
        String raw = optionalString(name, null);
        if (raw == null) {
            return dflt;
        }
        Duration parsed = parseDuration(raw);
        if (parsed == null || parsed.isNegative() || parsed.isZero()) {
            throw error(name, "must be a positive duration such as 500ms, 10s, 30m, 72h or 7d, was \"" + raw + "\"");
        }
        return parsed;
    }

    public List<String> strings(String name) {
        Object value = json.getValue(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof String s) {
            return List.of(s);
        }
        if (!(value instanceof JsonArray array)) {
            throw error(name, "must be a list of strings");
        }
        List<String> out = new ArrayList<>();
        for (Object item : array) {
            if (!(item instanceof String s) || s.isBlank()) {
                throw error(name, "must be a list of non-empty strings");
            }
            out.add(s);
        }
        return out;
    }

    /** A path; relative ones resolve against the data directory. */
    public Path path(String name) {
        Path path = Path.of(string(name));
        return path.isAbsolute() ? path : dataDir.resolve(path).normalize();
    }

    /** The value of the environment variable named by {@code name}'s value, e.g. {@code password-env: TAX_MQ_PASSWORD}. */
    public String fromEnv(String name) {
        String variable = optionalString(name, null);
        if (variable == null) {
            return null;
        }
        String value = env.get(variable);
        if (value == null || value.isEmpty()) {
            throw error(name, "the environment variable " + variable + " is not set");
        }
        return value;
    }

    public Map<String, String> env() {
        return env;
    }

    static Duration parseDuration(String raw) {
        String s = raw.trim().toLowerCase(Locale.ROOT);
        try {
            if (s.startsWith("p")) {
                return Duration.parse(raw.trim().toUpperCase(Locale.ROOT));
            }
            if (s.endsWith("ms")) {
                return Duration.ofMillis(
                        Long.parseLong(s.substring(0, s.length() - 2).trim()));
            }
            long n = Long.parseLong(s.substring(0, s.length() - 1).trim());
            return switch (s.charAt(s.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                case 'd' -> Duration.ofDays(n);
                default -> null;
            };
        } catch (RuntimeException e) {
            return null;
        }
    }
}
