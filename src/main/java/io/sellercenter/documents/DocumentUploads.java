package io.sellercenter.documents;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.documents.internal.DocumentManagement;
import io.sellercenter.shared.DomainException;
import io.sellercenter.shared.web.FormErrors;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.stereotype.Service;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/** Uploads for other modules' forms: the same checks as {@code POST /api/v1/documents}. */
@Service
public class DocumentUploads {

    private final DocumentManagement documents;

    DocumentUploads(DocumentManagement documents) {
        this.documents = documents;
    }

    /** A page's file field: nothing chosen gives {@code null}, else the stored document's id. */
    public Long upload(CurrentAccount uploader, MultipartFile file, String purpose) throws IOException {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try (var in = file.getInputStream()) {
            return upload(uploader, file.getOriginalFilename(), purpose, in);
        }
    }

    /**
     * A page's file field that keeps what was attached: the new file's id, else {@code earlier}; a refused file (type,
     * size) is named beside its field and the earlier one kept.
     */
    public Long uploadOrKeep(
            CurrentAccount uploader, MultipartFile file, String purpose, Long earlier, BindingResult result)
            throws IOException {
        try {
            var uploaded = upload(uploader, file, purpose);
            return uploaded != null ? uploaded : earlier;
        } catch (DomainException e) {
            FormErrors.reject(result, e, file.getName());
            return earlier;
        }
    }

    /** Stores the file for the account's seller; returns the document id (415/413 problems as for the API). */
    public long upload(CurrentAccount uploader, String fileName, String purpose, InputStream content)
            throws IOException {
        return documents.upload(uploader, fileName, purpose, content).documentId();
    }
}
