package org.onewindow.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.onewindow.policy.Fact;
import org.onewindow.policy.Profile;
import org.onewindow.policy.ProfileStore;

/** {@link ProfileStore} on SQL (SQLite or PostgreSQL): one row per fact, upserted. */
public final class SqlProfileStore implements ProfileStore {

    private static final String UPSERT = "INSERT INTO enterprise_facts (uscc, fact_key, fact_value, source, updated_at)"
            + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (uscc, fact_key) DO UPDATE SET fact_value = excluded.fact_value,"
            + " source = excluded.source, updated_at = excluded.updated_at";

    private final SqlDatabase db;

    public SqlProfileStore(SqlDatabase db) {
        this.db = db;
    }

    @Override
    public CompletionStage<Optional<Profile>> find(String uscc) {
        return db.read(connection -> {
                    Map<String, List<Fact>> rows = select(
                            connection,
                            "SELECT uscc, fact_key, fact_value, source, updated_at FROM enterprise_facts WHERE uscc = ?",
                            uscc,
                            null);
                    List<Fact> facts = rows.get(uscc);
                    return facts == null ? Optional.<Profile>empty() : Optional.of(profile(uscc, facts));
                })
                .toCompletionStage();
    }

    @Override
    public CompletionStage<Void> save(String uscc, Collection<Fact> facts) {
        List<Fact> copy = List.copyOf(facts);
        return db.<Void>write(connection -> {
                    try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                        for (Fact f : copy) {
                            upsert.setString(1, uscc);
                            upsert.setString(2, f.key());
                            upsert.setString(3, f.value());
                            upsert.setString(
                                    4, f.source().length() > 200 ? f.source().substring(0, 200) : f.source());
                            upsert.setLong(5, f.updatedAt().toEpochMilli());
                            upsert.addBatch();
                        }
                        upsert.executeBatch();
                    }
                    return null;
                })
                .toCompletionStage();
    }

    @Override
    public CompletionStage<Void> delete(String uscc, String factKey) {
        return db.<Void>write(connection -> {
                    try (PreparedStatement delete = connection.prepareStatement(
                            "DELETE FROM enterprise_facts WHERE uscc = ? AND fact_key = ?")) {
                        delete.setString(1, uscc);
                        delete.setString(2, factKey);
                        delete.executeUpdate();
                    }
                    return null;
                })
                .toCompletionStage();
    }

    @Override
    public CompletionStage<List<Profile>> page(String afterUscc, int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive");
        }
        return db.read(connection -> {
                    List<String> usccs = new ArrayList<>();
                    try (PreparedStatement select = connection.prepareStatement(
                            "SELECT DISTINCT uscc FROM enterprise_facts WHERE uscc > ? ORDER BY uscc LIMIT ?")) {
                        select.setString(1, afterUscc == null ? "" : afterUscc);
                        select.setInt(2, limit);
                        try (ResultSet rs = select.executeQuery()) {
                            while (rs.next()) {
                                usccs.add(rs.getString(1));
                            }
                        }
                    }
                    if (usccs.isEmpty()) {
                        return List.<Profile>of();
                    }
                    Map<String, List<Fact>> rows = select(
                            connection,
                            "SELECT uscc, fact_key, fact_value, source, updated_at FROM enterprise_facts"
                                    + " WHERE uscc >= ? AND uscc <= ? ORDER BY uscc",
                            usccs.get(0),
                            usccs.get(usccs.size() - 1));
                    List<Profile> out = new ArrayList<>();
                    for (String u : usccs) {
                        out.add(profile(u, rows.getOrDefault(u, List.of())));
                    }
                    return out;
                })
                .toCompletionStage();
    }

    private static Map<String, List<Fact>> select(Connection connection, String sql, String a, String b)
            throws SQLException {
        Map<String, List<Fact>> out = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, a);
            if (b != null) {
                select.setString(2, b);
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Fact(
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    Instant.ofEpochMilli(rs.getLong(5))));
                }
            }
        }
        return out;
    }

    private static Profile profile(String uscc, List<Fact> facts) {
        Map<String, Fact> m = new LinkedHashMap<>();
        facts.forEach(f -> m.put(f.key(), f));
        return new Profile(uscc, m);
    }
}
