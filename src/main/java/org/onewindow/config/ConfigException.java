package org.onewindow.config;

/** Invalid configuration: the message names the key (and the file when there is one). */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
