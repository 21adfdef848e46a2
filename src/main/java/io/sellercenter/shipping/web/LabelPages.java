package io.sellercenter.shipping.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.Permission;
import io.sellercenter.shipping.internal.Labels;
import java.io.ByteArrayOutputStream;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The label PDF for the logged-in session, opened from the order page. */
@Controller
class LabelPages {

    private final Labels labels;

    LabelPages(Labels labels) {
        this.labels = labels;
    }

    @GetMapping("/seller/logistics-orders/{id}/label")
    ResponseEntity<byte[]> label(CurrentAccount me, @PathVariable long id) {
        var pdf = new ByteArrayOutputStream();
        labels.pdf(me.requirePermission(Permission.SHIPPING).value(), id, pdf);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(pdf.toByteArray());
    }
}
