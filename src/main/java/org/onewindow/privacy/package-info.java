/**
 * Personal data of enterprises: export and erasure on request, and the retention period applied
 * every hour ({@link org.onewindow.privacy.RetentionJob}). Declares the store it needs; imports
 * io.vertx.core, SLF4J and the JDK only.
 */
package org.onewindow.privacy;
