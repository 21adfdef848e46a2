package io.sellercenter.documents.internal;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.shared.DomainException;
import io.sellercenter.shared.NotFoundException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import org.apache.tika.Tika;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accepts JPEG, PNG and PDF materials up to 10 MiB, sniffed from their bytes, for a seller. */
@Service
public class DocumentManagement {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    static final Set<String> ACCEPTED = Set.of("image/jpeg", "image/png", "application/pdf");

    public record StoredDocument(
            long documentId,
            String contentType,
            long size,
            String sha256,
            String fileName,
            String purpose,
            Instant uploadedAt,
            long sellerId,
            String storageKey) {}

    private final Tika tika = new Tika();
    private final JdbcClient jdbc;
    private final DocumentStorage storage;
    private final Clock clock;

    DocumentManagement(JdbcClient jdbc, DocumentStorage storage, Clock clock) {
        this.jdbc = jdbc;
        this.storage = storage;
        this.clock = clock;
    }

    @Transactional
    public StoredDocument upload(CurrentAccount uploader, String fileName, String purpose, InputStream content)
            throws IOException {
        var seller = uploader.requireSeller();
        var temporary = storage.temporaryFile();
        try {
            var received = receive(content, temporary);
            var key = storage.keep(temporary);
            var now = clock.instant();
            try {
                return new StoredDocument(
                        insert(uploader, fileName, purpose, received, key, now),
                        received.contentType(),
                        received.size(),
                        received.sha256(),
                        fileName,
                        purpose,
                        now,
                        seller.value(),
                        key);
            } catch (RuntimeException e) {
                storage.delete(key);
                throw e;
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private long insert(
            CurrentAccount uploader, String fileName, String purpose, Received received, String key, Instant now) {
        return jdbc.sql("""
                            insert into documents (seller_id, uploaded_by, storage_key, file_name, purpose, content_type, size, sha256, created_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        uploader.sellerId().value(),
                        uploader.id().value(),
                        key,
                        fileName,
                        purpose,
                        received.contentType(),
                        received.size(),
                        received.sha256(),
                        Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    /** The document, when the caller is one of the owning seller's accounts or staff; else 404. */
    @Transactional(readOnly = true)
    public StoredDocument find(CurrentAccount reader, long documentId) {
        return jdbc.sql("""
                        select id, content_type, size, sha256, file_name, purpose, created_at, seller_id, storage_key
                        from documents where id = ?""")
                .param(documentId)
                .query((rs, n) -> new StoredDocument(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getTimestamp(7).toInstant(),
                        rs.getLong(8),
                        rs.getString(9)))
                .optional()
                .filter(d -> reader.isStaff()
                        || (reader.isSeller() && reader.sellerId().value() == d.sellerId()))
                .orElseThrow(() -> new NotFoundException("document"));
    }

    public InputStream open(StoredDocument document) throws IOException {
        return storage.open(document.storageKey());
    }

    private record Received(String contentType, long size, String sha256) {}

    private Received receive(InputStream content, Path temporary) throws IOException {
        var digest = sha256();
        var in = new BufferedInputStream(content);
        var contentType = tika.detect(in);
        if (!ACCEPTED.contains(contentType)) {
            throw new UnsupportedDocumentTypeException(contentType);
        }
        long size;
        try (var out = new DigestOutputStream(Files.newOutputStream(temporary), digest)) {
            size = copyAtMost(in, out, MAX_BYTES);
        }
        if (size == 0) {
            throw new UnsupportedDocumentTypeException("empty");
        }
        return new Received(contentType, size, HexFormat.of().formatHex(digest.digest()));
    }

    private static long copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
        var buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) != -1; ) {
            total += n;
            if (total > limit) {
                throw new DocumentTooLargeException();
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    static class UnsupportedDocumentTypeException extends DomainException {
        UnsupportedDocumentTypeException(String detected) {
            super("UNSUPPORTED_DOCUMENT_TYPE", detected);
        }

        @Override
        public int status() {
            return 415;
        }
    }

    static class DocumentTooLargeException extends DomainException {
        DocumentTooLargeException() {
            super("PAYLOAD_TOO_LARGE");
        }

        @Override
        public int status() {
            return 413;
        }
    }
}
