/**
 * Personal data of enterprises: export and erasure on request. Declares the store it needs;
 * {@code io.vertx.core}, {@code shared} and the JDK only.
 */
package org.onewindow.privacy;
