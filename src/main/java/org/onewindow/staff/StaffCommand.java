package org.onewindow.staff;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * {@code onewindow staff …}: manages staff accounts from the command line.
 * <pre>
 * staff add --username alice --role agent --department market-regulation [--department tax] [config flags]
 * staff set-password --username alice [config flags]
 * staff remove --username alice [config flags]
 * staff list [config flags]
 * staff hash-password          (prints a hash for staff.yaml; needs no database)
 * </pre>
 * Passwords are read from {@code ONEWINDOW_STAFF_PASSWORD}, else from the terminal without echo,
 * else from the first line of standard input; never from a flag (it would show in {@code ps}).
 * The remaining flags ({@code --data-dir}, {@code --database-url}, {@code --config}) choose the
 * database and are handed to the {@link StoreOpener}.
 */
public final class StaffCommand {

    public static final String PASSWORD_ENV = "ONEWINDOW_STAFF_PASSWORD";
    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final Set<String> OWN_FLAGS = Set.of("username", "role", "department", "departments");
    private static final String USAGE = String.join(
            "\n",
            "usage: onewindow staff add --username NAME --role agent|supervisor|admin [--department D]... [--data-dir DIR | --database-url URL]",
            "       onewindow staff set-password --username NAME [--data-dir DIR | --database-url URL]",
            "       onewindow staff remove --username NAME [--data-dir DIR | --database-url URL]",
            "       onewindow staff list [--data-dir DIR | --database-url URL]",
            "       onewindow staff hash-password",
            "The password is read from " + PASSWORD_ENV + ", the terminal, or the first line of standard input.");

    /** Opens the staff store of the database the configuration flags choose. */
    @FunctionalInterface
    public interface StoreOpener {
        OpenStore open(List<String> configArgs) throws Exception;
    }

    /** An opened store and audit log, and what closes them. */
    public record OpenStore(StaffStore store, AuditLog audit, AutoCloseable closer) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            closer.close();
        }
    }

    private StaffCommand() {}

    /** Runs {@code staff <args>} with the production password hash; returns the process exit code. */
    public static int run(
            List<String> args,
            Map<String, String> env,
            InputStream in,
            PrintStream out,
            PrintStream err,
            StoreOpener opener) {
        return run(args, env, in, out, err, opener, Argon2PasswordHasher.production(), Clock.systemUTC());
    }

    public static int run(
            List<String> args,
            Map<String, String> env,
            InputStream in,
            PrintStream out,
            PrintStream err,
            StoreOpener opener,
            PasswordHasher hasher,
            Clock clock) {
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("help")) {
            (args.isEmpty() ? err : out).println(USAGE);
            return args.isEmpty() ? 2 : 0;
        }
        String command = args.get(0);
        Map<String, List<String>> own = new LinkedHashMap<>();
        List<String> configArgs = new ArrayList<>();
        try {
            split(args.subList(1, args.size()), own, configArgs);
            return switch (command) {
                case "add" -> add(own, configArgs, env, in, out, opener, hasher, clock);
                case "set-password" -> setPassword(own, configArgs, env, in, out, opener, hasher, clock);
                case "list" -> list(configArgs, out, opener);
                case "remove" -> remove(own, configArgs, out, opener, clock);
                case "hash-password" -> {
                    out.println(hasher.hash(readPassword(env, in, "Password to hash: ")));
                    yield 0;
                }
                default -> throw new UsageException("unknown command '" + command + "'");
            };
        } catch (UsageException e) {
            err.println("onewindow staff: " + e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (Exception e) {
            err.println("onewindow staff " + command + ": " + rootMessage(e));
            return 1;
        }
    }

    /** Why {@code password} is not acceptable for an account, or null when it is. */
    public static String passwordProblem(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            return "a password needs at least " + MIN_PASSWORD_LENGTH + " characters";
        }
        if (password.length() > StaffAuth.MAX_PASSWORD_LENGTH) {
            return "a password has at most " + StaffAuth.MAX_PASSWORD_LENGTH + " characters";
        }
        if (password.isBlank()) {
            return "a password cannot be only spaces";
        }
        return null;
    }

    private static int add(
            Map<String, List<String>> own,
            List<String> configArgs,
            Map<String, String> env,
            InputStream in,
            PrintStream out,
            StoreOpener opener,
            PasswordHasher hasher,
            Clock clock)
            throws Exception {
        String username = username(own);
        Role role = Role.parseOrNull(single(own, "role"));
        if (role == null) {
            throw new UsageException("--role must be agent, supervisor or admin");
        }
        List<String> departments = new ArrayList<>();
        for (String key : List.of("department", "departments")) {
            for (String value : own.getOrDefault(key, List.of())) {
                Arrays.stream(value.split(","))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .forEach(departments::add);
            }
        }
        String password = readPassword(env, in, "Password for " + username + ": ");
        StaffAccount account;
        try {
            account = new StaffAccount(
                    username, hasher.hash(password), role, departments, StaffAccount.Source.CLI, clock.instant());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        try (OpenStore opened = opener.open(configArgs)) {
            boolean created = await(opened.store().createAccount(account));
            if (!created) {
                throw new IllegalStateException("an account named '" + username + "' exists already"
                        + " (use 'staff set-password' to change its password)");
            }
            await(opened.audit()
                    .record(AuditEntry.of(
                            clock.instant(),
                            "cli",
                            "staff.account_created",
                            null,
                            "staff:" + username,
                            new JsonObject()
                                    .put("role", role.wireName())
                                    .put("departments", new JsonArray(departments)))));
        }
        out.println("created staff account '" + username + "' (role " + role.wireName()
                + (departments.isEmpty() ? "" : ", departments " + String.join(", ", departments)) + ")");
        return 0;
    }

    private static int setPassword(
            Map<String, List<String>> own,
            List<String> configArgs,
            Map<String, String> env,
            InputStream in,
            PrintStream out,
            StoreOpener opener,
            PasswordHasher hasher,
            Clock clock)
            throws Exception {
        String username = username(own);
        String hash = hasher.hash(readPassword(env, in, "New password for " + username + ": "));
        try (OpenStore opened = opener.open(configArgs)) {
            if (!await(opened.store().updatePasswordHash(username, hash))) {
                throw new IllegalStateException("no account named '" + username + "'");
            }
            int ended = await(opened.store().deleteSessionsOf(username));
            await(opened.audit()
                    .record(AuditEntry.of(
                            clock.instant(),
                            "cli",
                            "staff.password_changed",
                            null,
                            "staff:" + username,
                            new JsonObject().put("sessionsEnded", ended))));
        }
        out.println("changed the password of '" + username + "'; its sessions were ended");
        return 0;
    }

    private static int remove(
            Map<String, List<String>> own, List<String> configArgs, PrintStream out, StoreOpener opener, Clock clock)
            throws Exception {
        String username = username(own);
        try (OpenStore opened = opener.open(configArgs)) {
            if (!await(opened.store().deleteAccount(username))) {
                throw new IllegalStateException("no account named '" + username + "'");
            }
            await(opened.audit()
                    .record(AuditEntry.of(
                            clock.instant(), "cli", "staff.account_removed", null, "staff:" + username, null)));
        }
        out.println("removed staff account '" + username + "' and ended its sessions"
                + " (an account listed in staff.yaml comes back at the next start unless removed there too)");
        return 0;
    }

    private static int list(List<String> configArgs, PrintStream out, StoreOpener opener) throws Exception {
        try (OpenStore opened = opener.open(configArgs)) {
            for (StaffAccount a : await(opened.store().listAccounts())) {
                out.println(a.username() + "\t" + a.role().wireName() + "\t" + String.join(",", a.departments()) + "\t"
                        + a.source());
            }
        }
        return 0;
    }

    private static String username(Map<String, List<String>> own) {
        String typed = single(own, "username");
        String username = StaffAccount.normalizeUsername(typed);
        if (typed == null || !StaffAccount.isValidUsername(username)) {
            throw new UsageException("--username must be 1 to 64 of a-z 0-9 . _ -");
        }
        return username;
    }

    private static String single(Map<String, List<String>> own, String key) {
        List<String> values = own.getOrDefault(key, List.of());
        if (values.size() > 1) {
            throw new UsageException("--" + key + " given more than once");
        }
        return values.isEmpty() ? null : values.get(0);
    }

    private static String readPassword(Map<String, String> env, InputStream in, String prompt) throws IOException {
        String password = env.get(PASSWORD_ENV);
        if (password == null || password.isEmpty()) {
            Console console = System.console();
            if (in == System.in && console != null) {
                char[] first = console.readPassword("%s", prompt);
                char[] again = console.readPassword("Again: ");
                if (first == null || again == null || !Arrays.equals(first, again)) {
                    throw new UsageException("the two passwords differ");
                }
                password = new String(first);
            } else {
                password = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            }
        }
        if (password != null && password.endsWith("\r")) {
            password = password.substring(0, password.length() - 1);
        }
        String problem = passwordProblem(password);
        if (problem != null) {
            throw new UsageException(problem + " (from " + PASSWORD_ENV + " or standard input)");
        }
        return password;
    }

    private static void split(List<String> args, Map<String, List<String>> own, List<String> configArgs) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                throw new UsageException("unexpected argument '" + arg + "'");
            }
            String name = arg.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (name.equals("password")) {
                throw new UsageException(
                        "passwords are never given as flags; use " + PASSWORD_ENV + " or standard input");
            }
            if (OWN_FLAGS.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("--" + name + ": a value is missing");
                    }
                    value = args.get(++i);
                }
                own.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            } else {
                configArgs.add(arg);
                if (eq < 0 && i + 1 < args.size()) {
                    configArgs.add(args.get(++i));
                }
            }
        }
    }

    private static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message, null, false, false);
        }
    }
}
