/**
 * The {@code file} adapter: writes each delivery's JSON into a folder atomically (temporary
 * file, fsync, rename, fsync of the folder), named by its idempotency key so that a retry
 * replaces the same file. Imports {@code connector} and the JDK.
 */
package org.onewindow.connector.file;
