/** Personal data of enterprises: export and erasure on request. Declares the store it needs; io.vertx.core and JDK only. */
package org.onewindow.privacy;
