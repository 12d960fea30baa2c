package org.onewindow.connector.file;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.onewindow.connector.Connector;
import org.onewindow.connector.Delivery;
import org.onewindow.connector.DeliveryOutcome;

/**
 * Writes {@code <idempotency key>.json} into the target folder: a temporary file is written and
 * fsynced, renamed atomically over the final name, then the folder is fsynced, so that a reader
 * sees either no file or the whole file, and a retry rewrites the same name.
 */
public final class FileConnector implements Connector {

    private final Vertx vertx;
    private final String id;
    private final FileConnectorConfig config;

    public FileConnector(Vertx vertx, String id, FileConnectorConfig config) {
        this.vertx = vertx;
        this.id = id;
        this.config = config;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Future<DeliveryOutcome> deliver(Delivery delivery) {
        return vertx.executeBlocking(
                        () -> {
                            write(delivery);
                            return DeliveryOutcome.delivered(0);
                        },
                        false)
                .recover(e -> Future.succeededFuture(
                        DeliveryOutcome.retry("cannot write into " + config.targetDir() + ": " + e)));
    }

    /** The file a delivery is written to. */
    public Path fileFor(String idempotencyKey) {
        return config.targetDir().resolve(idempotencyKey.replaceAll("[^A-Za-z0-9._-]", "_") + ".json");
    }

    private void write(Delivery delivery) throws IOException {
        Path dir = config.targetDir();
        Files.createDirectories(dir);
        Path target = fileFor(delivery.idempotencyKey());
        Path temp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (FileChannel channel =
                    FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(delivery.body().getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException e) {
            // Some file systems cannot fsync a directory; the rename itself is still atomic.
        }
    }
}
