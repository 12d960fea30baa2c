package org.onewindow.connector.file;

import java.nio.file.Path;
import org.onewindow.connector.Settings;

/** The {@code file:} section: {@code target-dir}, absolute or relative to the data directory. */
public record FileConnectorConfig(Path targetDir) {

    public static FileConnectorConfig from(Settings file) {
        return new FileConnectorConfig(file.path("target-dir"));
    }
}
