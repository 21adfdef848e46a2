package io.sellercenter.documents.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.documents.internal.DocumentManagement;
import io.sellercenter.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Instant;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/documents")
@Tag(name = "Documents")
class DocumentApi {

    private final DocumentManagement documents;

    DocumentApi(DocumentManagement documents) {
        this.documents = documents;
    }

    record Uploaded(
            long documentId,
            String contentType,
            long size,
            String sha256,
            String fileName,
            String purpose,
            Instant uploadedAt) {}

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Upload a material: JPEG, PNG or PDF (sniffed from the bytes), at most 10 MiB")
    Uploaded upload(
            CurrentAccount me,
            @RequestPart("file") MultipartFile file,
            @RequestParam(name = "purpose", required = false) String purpose)
            throws IOException {
        if (purpose != null && purpose.length() > 100) {
            throw new InvalidInputException("purpose", "TOO_LONG");
        }
        var fileName = file.getOriginalFilename() == null
                ? null
                : file.getOriginalFilename()
                        .substring(0, Math.min(255, file.getOriginalFilename().length()));
        try (var content = file.getInputStream()) {
            var stored = documents.upload(me, fileName, purpose, content);
            return new Uploaded(
                    stored.documentId(),
                    stored.contentType(),
                    stored.size(),
                    stored.sha256(),
                    stored.fileName(),
                    stored.purpose(),
                    stored.uploadedAt());
        }
    }

    @GetMapping("/{id}")
    @Operation(summary = "The bytes of a document (its seller's accounts and staff only; 404 for anyone else)")
    ResponseEntity<InputStreamResource> download(CurrentAccount me, @PathVariable long id) throws IOException {
        var document = documents.find(me, id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .contentLength(document.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("document-" + document.documentId() + extension(document.contentType()))
                                .build()
                                .toString())
                .header("X-Content-SHA256", document.sha256())
                .body(new InputStreamResource(documents.open(document)));
    }

    private static String extension(String contentType) {
        return switch (contentType) {
            case "image/jpeg" -> ".jpg";
            case "image/png" -> ".png";
            default -> ".pdf";
        };
    }
}
