package org.onewindow.staff;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One staff or admin action: who ({@code actor}, a username or {@code system}/{@code cli}), what
 * ({@code action}, e.g. {@code staff.login}, {@code handoff.claimed}), when, on which
 * conversation and/or other target, with details as JSON. Details never carry secrets: members
 * whose name mentions a password, token or secret are replaced by {@code "[redacted]"}.
 * {@code id} is assigned by the log when recorded (null before).
 */
public record AuditEntry(
        String id, Instant at, String actor, String action, String conversationId, String target, JsonObject details) {

    public static final String REDACTED = "[redacted]";

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        if (actor == null || actor.isBlank() || actor.length() > 64) {
            throw new IllegalArgumentException("actor must be 1 to 64 characters");
        }
        if (action == null || action.isBlank() || action.length() > 64) {
            throw new IllegalArgumentException("action must be 1 to 64 characters");
        }
        if (target != null && target.length() > 200) {
            target = target.substring(0, 200);
        }
        details = details == null ? new JsonObject() : redact(details);
    }

    /** An entry to record now, by {@code actor}. */
    public static AuditEntry of(
            Instant at, String actor, String action, String conversationId, String target, JsonObject details) {
        return new AuditEntry(null, at, actor, action, conversationId, target, details);
    }

    /** An entry to record now, by the authenticated {@code principal}, adding its session id to the details. */
    public static AuditEntry by(
            StaffPrincipal principal,
            Instant at,
            String action,
            String conversationId,
            String target,
            JsonObject details) {
        JsonObject withSession = details == null ? new JsonObject() : details.copy();
        withSession.put("session", principal.sessionId());
        return of(at, principal.username(), action, conversationId, target, withSession);
    }

    public AuditEntry withId(String newId) {
        return new AuditEntry(newId, at, actor, action, conversationId, target, details);
    }

    private static JsonObject redact(JsonObject in) {
        JsonObject out = new JsonObject();
        for (Map.Entry<String, Object> e : in) {
            out.put(e.getKey(), isSecretName(e.getKey()) ? REDACTED : redactValue(e.getValue()));
        }
        return out;
    }

    private static Object redactValue(Object value) {
        if (value instanceof JsonObject o) {
            return redact(o);
        }
        if (value instanceof JsonArray a) {
            JsonArray out = new JsonArray();
            a.forEach(item -> out.add(redactValue(item)));
            return out;
        }
        return value;
    }

    private static boolean isSecretName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.contains("password")
                || n.contains("passwd")
                || n.contains("token")
                || n.contains("secret")
                || n.equals("authorization");
    }
}
