/**
 * Personal data of enterprises: export and erasure on request, and the retention period applied
 * every hour ({@link org.onewindow.privacy.RetentionJob}). Declares the store it needs;
 * {@code io.vertx.core}, SLF4J, {@code shared} and the JDK only.
 */
package org.onewindow.privacy;
