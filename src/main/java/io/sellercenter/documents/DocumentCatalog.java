package io.sellercenter.documents;

import io.sellercenter.accounts.SellerId;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** What other modules may ask about uploaded documents: whether one exists and belongs to a seller. */
@Service
public class DocumentCatalog {

    public record DocumentInfo(long documentId, String contentType, String fileName) {}

    private final JdbcClient jdbc;

    DocumentCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The document when it belongs to the seller; empty otherwise, so others' ids reveal nothing. */
    public Optional<DocumentInfo> owned(SellerId sellerId, long documentId) {
        return jdbc.sql("select id, content_type, file_name from documents where id = ? and seller_id = ?")
                .params(documentId, sellerId.value())
                .query((rs, n) -> new DocumentInfo(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .optional();
    }
}
