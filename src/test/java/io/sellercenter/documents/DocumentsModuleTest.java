package io.sellercenter.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sellercenter.ModuleTest;
import io.sellercenter.accounts.AccountLookup;
import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.documents.internal.DocumentManagement;
import io.sellercenter.shared.DomainException;
import io.sellercenter.shared.NotFoundException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Uploaded documents on their own: what is stored, whose it is, and what is refused. */
@ModuleTest(extraIncludes = "accounts")
class DocumentsModuleTest {

    private final DemoDocuments images;
    private final DocumentManagement documents;
    private final DocumentCatalog catalog;
    private final CurrentAccount seller;
    private final CurrentAccount other;
    private final CurrentAccount reviewer;

    DocumentsModuleTest(
            DemoDocuments images, DocumentManagement documents, DocumentCatalog catalog, AccountLookup accounts) {
        this.images = images;
        this.documents = documents;
        this.catalog = catalog;
        this.seller = accounts.byEmail("seller@demo.local").orElseThrow();
        this.other = accounts.byEmail("seller2@demo.local").orElseThrow();
        this.reviewer = accounts.byEmail("reviewer@demo.local").orElseThrow();
    }

    @Test
    @DisplayName("R-S3 R-S8 a license image is the seller's: its accounts and staff read it, another seller never")
    void ownership() {
        var id = images.image(seller, "营业执照 Business License", "91330782MA2EC3XY47");

        assertThat(documents.find(seller, id).contentType()).isEqualTo("image/png");
        assertThat(documents.find(reviewer, id).sellerId())
                .isEqualTo(seller.sellerId().value());
        assertThat(catalog.owned(seller.sellerId(), id)).isPresent();
        assertThat(catalog.owned(other.sellerId(), id)).isEmpty();
        assertThatThrownBy(() -> documents.find(other, id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName("R-S3 only images and PDFs are kept: a text file is refused with 415")
    void contentTypes() {
        var text = new ByteArrayInputStream("not a licence".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> documents.upload(seller, "licence.png", "LICENSE", text))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.status()).isEqualTo(415));
    }
}
