/**
 * SQL implementations (SQLite, PostgreSQL) of the store interfaces the domain packages declare,
 * and the Flyway migrations. Imports JDBC, Vert.x core, those interfaces, shared and codec.
 */
package org.onewindow.store;
