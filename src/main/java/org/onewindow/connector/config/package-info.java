/**
 * Reads {@code connectors/*.yaml} (Jackson YAML) into {@link org.onewindow.connector.ConnectorSpec}s
 * and builds their connectors with the adapter factories it is given. Fails start-up with a
 * {@link org.onewindow.connector.ConnectorConfigException} naming the file and the key. Imports
 * Jackson, {@code connector} and the JDK; never a concrete adapter.
 */
package org.onewindow.connector.config;
