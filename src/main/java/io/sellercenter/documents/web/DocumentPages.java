package io.sellercenter.documents.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.documents.internal.DocumentManagement;
import java.io.IOException;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Documents shown in pages (images inline, PDFs opened), for the logged-in session. */
@Controller
class DocumentPages {

    private final DocumentManagement documents;

    DocumentPages(DocumentManagement documents) {
        this.documents = documents;
    }

    @GetMapping("/documents/{id}")
    ResponseEntity<InputStreamResource> show(CurrentAccount me, @PathVariable long id) throws IOException {
        var document = documents.find(me, id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .contentLength(document.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                .body(new InputStreamResource(documents.open(document)));
    }
}
