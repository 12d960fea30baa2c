package org.onewindow.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of JDBC work run on a store thread with a connection it must not close. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
