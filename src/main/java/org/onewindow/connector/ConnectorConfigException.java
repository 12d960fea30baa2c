package org.onewindow.connector;

/** An invalid connector configuration: the message names the file and the key. */
public final class ConnectorConfigException extends RuntimeException {
    public ConnectorConfigException(String message) {
        super(message);
    }

    public static ConnectorConfigException at(String file, String key, String problem) {
        return new ConnectorConfigException(file + ": " + key + ": " + problem);
    }
}
