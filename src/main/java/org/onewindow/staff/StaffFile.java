package org.onewindow.staff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads staff accounts from a YAML file ({@code staff.yaml} in the data dir, or the file given
 * by {@code --staff-file}). Passwords appear there only as hashes, made with
 * {@code onewindow staff hash-password}:
 * <pre>
 * staff:
 *   - username: alice
 *     role: agent                       # agent | supervisor | admin
 *     departments: [market-regulation]
 *     passwordHash: "$argon2id$v=19$m=19456,t=2,p=1$…$…"
 * </pre>
 * Every mistake is reported with the file, the entry and what was expected.
 */
public final class StaffFile {

    private static final Set<String> KEYS = Set.of("username", "role", "departments", "passwordHash");

    private StaffFile() {}

    /** The accounts of {@code file}; {@link IllegalArgumentException} naming the problem when it is not valid. */
    public static List<StaffAccount> read(Path file, PasswordHasher hasher, Instant now) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read as YAML: " + firstLine(e.getMessage()));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return List.of();
        }
        JsonNode staff = root.get("staff");
        if (!root.isObject() || staff == null || !staff.isArray()) {
            throw new IllegalArgumentException(file + ": expected a top-level key 'staff' with a list of accounts");
        }
        List<StaffAccount> accounts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < staff.size(); i++) {
            JsonNode entry = staff.get(i);
            String where = file + ": staff[" + i + "]";
            if (!entry.isObject()) {
                throw new IllegalArgumentException(
                        where + ": expected a mapping with username, role, departments, passwordHash");
            }
            for (Iterator<String> names = entry.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!KEYS.contains(name)) {
                    throw new IllegalArgumentException(where + ": unknown key '" + name + "' (known: username, role,"
                            + " departments, passwordHash; plain passwords are never accepted)");
                }
            }
            String username = StaffAccount.normalizeUsername(text(entry, "username"));
            if (!StaffAccount.isValidUsername(username)) {
                throw new IllegalArgumentException(where + ": username must be 1 to 64 of a-z 0-9 . _ -");
            }
            if (!seen.add(username)) {
                throw new IllegalArgumentException(where + ": username '" + username + "' is listed twice");
            }
            where = file + ": staff '" + username + "'";
            Role role = Role.parseOrNull(text(entry, "role"));
            if (role == null) {
                throw new IllegalArgumentException(where + ": role must be agent, supervisor or admin");
            }
            String hash = text(entry, "passwordHash");
            if (!hasher.isHash(hash)) {
                throw new IllegalArgumentException(where + ": passwordHash must be an Argon2id hash made by"
                        + " 'onewindow staff hash-password' (never a plain password)");
            }
            List<String> departments = new ArrayList<>();
            JsonNode deps = entry.get("departments");
            if (deps != null && !deps.isNull()) {
                if (!deps.isArray()) {
                    throw new IllegalArgumentException(where + ": departments must be a list");
                }
                deps.forEach(d -> departments.add(d.asText().trim()));
            }
            try {
                accounts.add(new StaffAccount(username, hash, role, departments, StaffAccount.Source.FILE, now));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage());
            }
        }
        return accounts;
    }

    private static String text(JsonNode entry, String name) {
        JsonNode value = entry.get(name);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
