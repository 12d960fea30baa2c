package org.onewindow.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The writer's connection with its prepared statements kept: each SQL text is compiled once, and
 * closing a statement only clears it for the next write. The SQLite driver compiles every
 * {@code prepareStatement} anew (a few microseconds each, three or four per turn), and HikariCP
 * leaves statement caching to the driver. Closing the connection closes the kept statements.
 */
final class CachedStatements {

    /** More than the writes' distinct SQL texts; the least recently used is closed beyond it. */
    private static final int MAX_STATEMENTS = 128;

    private CachedStatements() {}

    static Connection wrap(Connection connection) {
        Map<String, PreparedStatement> kept = new LinkedHashMap<>(32, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
                if (size() <= MAX_STATEMENTS) {
                    return false;
                }
                closeQuietly(eldest.getValue());
                return true;
            }
        };
        Set<String> lent = new HashSet<>();
        return (Connection) Proxy.newProxyInstance(
                CachedStatements.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement") && args != null && args.length == 1) {
                        String sql = (String) args[0];
                        if (lent.contains(sql)) {
                            // The kept one is open further up (a query whose rows are being read): a separate one.
                            return connection.prepareStatement(sql);
                        }
                        PreparedStatement statement = kept.get(sql);
                        if (statement == null) {
                            statement = connection.prepareStatement(sql);
                            kept.put(sql, statement);
                        }
                        lent.add(sql);
                        return reusable(statement, () -> lent.remove(sql));
                    }
                    if (method.getName().equals("close") && args == null) {
                        kept.values().forEach(CachedStatements::closeQuietly);
                        kept.clear();
                        lent.clear();
                        connection.close();
                        return null;
                    }
                    return invoke(connection, method, args);
                });
    }

    /** {@code statement}, whose close only readies it for its next use. */
    private static PreparedStatement reusable(PreparedStatement statement, Runnable returned) {
        ResultSet[] lastQuery = new ResultSet[1];
        return (PreparedStatement) Proxy.newProxyInstance(
                CachedStatements.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close") && args == null) {
                        // A result set left open would keep SQLite's read snapshot (and so the log) pinned.
                        if (lastQuery[0] != null && !lastQuery[0].isClosed()) {
                            lastQuery[0].close();
                        }
                        lastQuery[0] = null;
                        returned.run();
                        statement.clearParameters();
                        statement.clearBatch();
                        return null;
                    }
                    Object result = invoke(statement, method, args);
                    if (result instanceof ResultSet rows) {
                        lastQuery[0] = rows;
                    }
                    return result;
                });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static void closeQuietly(PreparedStatement statement) {
        try {
            statement.close();
        } catch (SQLException ignored) {
            // The connection is going away or the statement was already unusable.
        }
    }
}
