/**
 * SQL implementations (SQLite, PostgreSQL) of the store interfaces the domain packages declare,
 * and the Flyway migrations. Imports JDBC (HikariCP, SQLite), Flyway, Vert.x core, Jackson, those
 * interfaces ({@code conversation}, {@code connector}, {@code handoff}, {@code policy}, {@code staff},
 * {@code insight}, {@code privacy}, {@code channel}; {@code dialogue}'s state records), {@code shared}
 * and {@code codec}. Named only by the wiring.
 */
package org.onewindow.store;
