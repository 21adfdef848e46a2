package io.sellercenter.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Files under {@code <data-dir>/documents}, named by a generated key: the client's file name never
 * becomes part of a path.
 */
@Component
class DocumentStorage {

    private final Path root;

    DocumentStorage(@Value("${sellercenter.data-dir}") Path dataDir) {
        this.root = dataDir.resolve("documents").toAbsolutePath().normalize();
    }

    /** A fresh temporary file on the same disk, to be moved into place once accepted. */
    Path temporaryFile() {
        try {
            Files.createDirectories(root.resolve("incoming"));
            return Files.createTempFile(root.resolve("incoming"), "upload-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String keep(Path temporary) {
        var key = UUID.randomUUID().toString();
        var target = path(key);
        try {
            Files.createDirectories(target.getParent());
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return key;
    }

    InputStream open(String key) throws IOException {
        return Files.newInputStream(path(key));
    }

    void delete(String key) {
        try {
            Files.deleteIfExists(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path path(String key) {
        var uuid = UUID.fromString(key).toString();
        return root.resolve(uuid.substring(0, 2)).resolve(uuid);
    }
}
