package io.sellercenter.shipping.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.Permission;
import io.sellercenter.shipping.internal.Labels;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@Tag(name = "Shipping")
class LabelApi {

    private final Labels labels;

    LabelApi(Labels labels) {
        this.labels = labels;
    }

    record BatchForm(
            @Size(max = Labels.MAX_BATCH) List<@NotNull @Positive Long> logisticsOrderIds,
            @Size(max = Labels.MAX_BATCH) List<@NotNull @Positive Long> orderIds) {}

    @GetMapping("/api/v1/logistics-orders/{id}/label")
    @Operation(
            summary =
                    "The 100 mm × 100 mm label: PDF with a Code 128 barcode of the waybill, or ZPL with ?format=zpl (R-H8)")
    ResponseEntity<?> label(
            CurrentAccount me, @PathVariable long id, @RequestParam(defaultValue = "pdf") String format) {
        var seller = me.requirePermission(Permission.SHIPPING).value();
        if (format.equals("zpl")) {
            return ResponseEntity.ok()
                    .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                    .body(labels.zpl(seller, id));
        }
        var pdf = new ByteArrayOutputStream();
        labels.pdf(seller, id, pdf);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("label-" + id + ".pdf")
                                .build()
                                .toString())
                .body(pdf.toByteArray());
    }

    @PostMapping("/api/v1/labels")
    @Operation(
            summary =
                    "One PDF with a page per label, found by logistics orders or order numbers, each once, streamed (R-H15)")
    ResponseEntity<StreamingResponseBody> batch(CurrentAccount me, @Valid @RequestBody BatchForm form) {
        var seller = me.requirePermission(Permission.SHIPPING).value();
        var ids = labels.resolve(
                seller,
                form.logisticsOrderIds() == null ? List.of() : form.logisticsOrderIds(),
                form.orderIds() == null ? List.of() : form.orderIds());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("labels.pdf")
                                .build()
                                .toString())
                .body(out -> labels.batch(seller, ids, out));
    }
}
