package org.onewindow.connector;

/**
 * Builds the connectors of one adapter type from their configuration. Reads its own section
 * ({@link ConnectorSpec#adapter()}) into its own config record and fails with a
 * {@link ConnectorConfigException} naming the file and key when it is invalid.
 */
public interface ConnectorFactory {

    /** The {@code type:} value this factory handles, e.g. {@code http}. */
    String type();

    /** Whether connectors of this type cannot work without a signing secret. */
    default boolean needsSecret() {
        return false;
    }

    Connector create(ConnectorSpec spec);
}
